/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eucert.core.model.MemberState;
import org.junit.jupiter.api.Test;

/** Every byte of the root CA certificate an envelope carries is covered: none may change. */
class ChainVerdictsTest {
  @Test
  void everyByteOfTheCarriedRoot_mutated_neverPasses() throws Exception {
    VerifyWorld w = new VerifyWorld();
    w.useChainedKey(MemberState.NL);
    byte[] env =
        w.issue(
                w.content(MemberState.NL, VerifyWorld.ISSUED),
                VerifyWorld.chainedKey("NL-CB").signer(),
                true)
            .envelope();
    Verifier v = w.verifier();
    assertTrue(v.verify(env, VerifyWorld.NOW).isPassed());
    byte[] root = VerifyWorld.key("Root CA for NL-CB").certificate().getEncoded();
    int at = indexOf(env, root);
    assertTrue(at > 0, "the envelope carries the root");
    for (int i = at; i < at + root.length; i++) {
      byte[] m = env.clone();
      m[i] ^= 0x01;
      assertFalse(v.verify(m, VerifyWorld.NOW).isPassed(), "root byte " + (i - at));
    }
    assertTrue(v.verify(env, VerifyWorld.NOW).isPassed(), "the cached verdict still holds");
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
