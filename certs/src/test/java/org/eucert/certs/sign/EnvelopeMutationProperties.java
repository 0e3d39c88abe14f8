/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * "No single-byte change of a signed envelope is accepted as intact" (STYLE.md 11): for any
 * position and any new value, either the strict parser refuses the envelope or the signature check
 * is not VALID. Checked exhaustively for every position with several values, and by jqwik with
 * random positions and values, for every algorithm and for a chain with an intermediate CA.
 */
class EnvelopeMutationProperties {
  private static final Map<SignatureAlgorithm, byte[]> ENVELOPES = new EnumMap<>(SignatureAlgorithm.class);
  private static byte[] withIntermediate;
  private static VerificationKey[] anchors;

  @BeforeContainer
  static void sign() throws Exception {
    for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
      ENVELOPES.put(a, SignFixtures.envelope(a));
    }
    withIntermediate =
        EnvelopeCodec.standard()
            .sign(
                SignFixtures.XML,
                SignFixtures.SIGNING_TIME,
                SignFixtures.pki().signerFor(SignFixtures.VIA_SUB));
    anchors = new VerificationKey[SignatureAlgorithm.values().length + 1];
    for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
      anchors[a.ordinal()] =
          VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.root(a)));
    }
    anchors[anchors.length - 1] =
        VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.RSA_ROOT));
  }

  /**
   * Whether the envelope parses and every signature in it verifies: the signer's, and the chain's
   * up to the trust anchor (the bytes of a CA certificate are covered only by its issuer's
   * signature, so the anchor's key is needed to cover every byte).
   */
  static boolean acceptedAsIntact(byte[] envelope, VerificationKey anchor) {
    ParsedEnvelope parsed;
    try {
      parsed = EnvelopeCodec.standard().parse(envelope);
    } catch (EnvelopeFormatException e) {
      return false;
    }
    return parsed.verify() == SignatureCheck.VALID && parsed.verifyChain(anchor) == SignatureCheck.VALID;
  }

  @Example
  void unchangedEnvelopes_areAccepted_soThePropertyCanFail() {
    byte[][] all = allEnvelopes();
    for (int i = 0; i < all.length; i++) {
      assertTrue(acceptedAsIntact(all[i], anchors[i]));
    }
  }

  @Example
  void everyPosition_withSeveralNewValues_isRefused() {
    int checked = 0;
    byte[][] all = allEnvelopes();
    for (int i = 0; i < all.length; i++) {
      byte[] envelope = all[i];
      for (int position = 0; position < envelope.length; position++) {
        for (int delta : new int[] {0x01, 0x80, 0xff, 0x5a}) {
          byte[] mutated = envelope.clone();
          mutated[position] ^= (byte) delta;
          assertTrue(!acceptedAsIntact(mutated, anchors[i]), "accepted with byte " + position + " ^ " + delta);
          checked++;
        }
      }
    }
    assertTrue(checked > 20_000, "checked " + checked);
  }

  @Property(tries = 3000)
  void anySingleByteChange_isNeverAcceptedAsIntact(
      @ForAll("mutations") Tuple3<Integer, Double, Integer> mutation) {
    byte[][] all = allEnvelopes();
    byte[] envelope = all[mutation.get1()];
    int position = (int) (mutation.get2() * envelope.length);
    byte[] mutated = envelope.clone();
    int newValue = mutation.get3();
    if ((mutated[position] & 0xff) == newValue) {
      newValue = (newValue + 1) & 0xff;
    }
    mutated[position] = (byte) newValue;
    assertEquals(false, acceptedAsIntact(mutated, anchors[mutation.get1()]), "byte " + position + " := " + newValue);
  }

  @Provide
  Arbitrary<Tuple3<Integer, Double, Integer>> mutations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SignatureAlgorithm.values().length),
            Arbitraries.doubles().between(0, 1).filter(d -> d < 1.0),
            Arbitraries.integers().between(0, 255))
        .as(Tuple::of);
  }

  private static byte[][] allEnvelopes() {
    byte[][] all = new byte[SignatureAlgorithm.values().length + 1][];
    for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
      all[a.ordinal()] = ENVELOPES.get(a);
    }
    all[all.length - 1] = withIntermediate;
    return all;
  }
}
