/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.lotl;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.base64;
import static org.eucert.core.xml.bind.Lexical.base64Text;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.TrustListPointer;

/**
 * Maps {@link XmlListOfTrustLists} to {@link ListOfTrustLists} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ListOfTrustListsMapper {
  private ListOfTrustListsMapper() {}

  /** The list of trust lists a (schema-valid) binding describes. */
  public static ListOfTrustLists toRecord(XmlListOfTrustLists x) {
    checkNotNull(x, "x");
    List<TrustListPointer> pointers = new ArrayList<>();
    for (XmlPointer p : list(x.pointers)) {
      List<Bytes> certs = new ArrayList<>();
      for (String c : list(p.signerCertificates)) {
        certs.add(Bytes.copyOf(base64(c, "signerCertificate")));
      }
      pointers.add(
          new TrustListPointer(
              enumValue(MemberState.class, p.memberState, "memberState"),
              required(p.location, "location"),
              certs,
              Optional.ofNullable(p.digest).map(d -> Bytes.copyOf(base64(d, "digest")))));
    }
    return new ListOfTrustLists(
        required(x.operator, "operator"),
        required(x.sequence, "sequence"),
        instant(x.issued, "issued"),
        instant(x.nextUpdate, "nextUpdate"),
        pointers);
  }

  /** The binding of a list of trust lists. */
  public static XmlListOfTrustLists toBinding(ListOfTrustLists r) {
    checkNotNull(r, "r");
    XmlListOfTrustLists x = new XmlListOfTrustLists();
    x.operator = r.operator();
    x.sequence = r.sequence();
    x.issued = instantText(r.issued());
    x.nextUpdate = instantText(r.nextUpdate());
    List<XmlPointer> pointers = new ArrayList<>();
    for (TrustListPointer p : r.pointers()) {
      XmlPointer xp = new XmlPointer();
      xp.memberState = p.memberState().name();
      xp.location = p.location();
      List<String> certs = new ArrayList<>();
      p.signerCertificates().forEach(c -> certs.add(base64Text(c.toByteArray())));
      xp.signerCertificates = nullIfEmpty(certs);
      xp.digest = p.digest().map(d -> base64Text(d.toByteArray())).orElse(null);
      pointers.add(xp);
    }
    x.pointers = nullIfEmpty(pointers);
    return x;
  }
}
