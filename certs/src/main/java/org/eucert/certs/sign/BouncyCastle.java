/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance of this package, created on first use (holder idiom; its
 * construction costs 0.2 to 0.35 s, ARCHITECTURE.md section 11) and never installed globally.
 */
final class BouncyCastle {
  private BouncyCastle() {}

  private static final class Holder {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }

  static Provider provider() {
    return Holder.PROVIDER;
  }
}
