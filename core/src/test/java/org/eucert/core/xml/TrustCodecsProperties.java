/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.TrustSamples.LOTLS;
import static org.eucert.core.xml.TrustSamples.STATUS_LISTS;
import static org.eucert.core.xml.TrustSamples.TRUST_LISTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eucert.core.testing.TrustArbitraries;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustList;

/**
 * Properties of {@link TrustListCodec}, {@link ListOfTrustListsCodec} and {@link StatusListCodec}
 * over arbitrary valid lists and mutated documents.
 */
class TrustCodecsProperties {
  private static final Schema TRUST_XSD = Documents.independentSchema(TrustListCodec.XSD_RESOURCE);
  private static final Schema LOTL_XSD =
      Documents.independentSchema(ListOfTrustListsCodec.XSD_RESOURCE);
  private static final Schema STATUS_XSD = Documents.independentSchema(StatusListCodec.XSD_RESOURCE);
  private static final byte[] TRUST = TRUST_LISTS.write(TrustSamples.trustList());
  private static final byte[] TRUST_JSON = TRUST_LISTS.writeJson(TrustSamples.trustList());
  private static final byte[] LOTL = LOTLS.write(TrustSamples.lotl());
  private static final byte[] LOTL_JSON = LOTLS.writeJson(TrustSamples.lotl());
  private static final byte[] STATUS = STATUS_LISTS.write(TrustSamples.statusList());
  private static final byte[] STATUS_JSON = STATUS_LISTS.writeJson(TrustSamples.statusList());

  @Provide
  Arbitrary<TrustList> trustLists() {
    return TrustArbitraries.trustLists();
  }

  @Provide
  Arbitrary<ListOfTrustLists> lotls() {
    return TrustArbitraries.listsOfTrustLists();
  }

  @Provide
  Arbitrary<StatusList> statusLists() {
    return TrustArbitraries.statusLists();
  }

  @Property(tries = 50)
  void trustList_writeParse_roundTripAndValid(@ForAll("trustLists") TrustList list) {
    byte[] xml = TRUST_LISTS.write(list);
    Documents.assertValid(TRUST_XSD, xml);
    assertEquals(list, TRUST_LISTS.parse(xml));
    assertEquals(list, TRUST_LISTS.parseJson(TRUST_LISTS.writeJson(list)));
  }

  @Property(tries = 100)
  void lotl_writeParse_roundTripAndValid(@ForAll("lotls") ListOfTrustLists list) {
    byte[] xml = LOTLS.write(list);
    Documents.assertValid(LOTL_XSD, xml);
    assertEquals(list, LOTLS.parse(xml));
    assertEquals(list, LOTLS.parseJson(LOTLS.writeJson(list)));
  }

  @Property(tries = 100)
  void statusList_writeParse_roundTripAndValid(@ForAll("statusLists") StatusList list) {
    byte[] xml = STATUS_LISTS.write(list);
    Documents.assertValid(STATUS_XSD, xml);
    assertEquals(list, STATUS_LISTS.parse(xml));
    assertEquals(list, STATUS_LISTS.parseJson(STATUS_LISTS.writeJson(list)));
  }

  @Property(tries = 100)
  void parse_mutatedDocuments_throwOnlyXmlFormatException(
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(TRUST_LISTS::parse, Mutations.apply(TRUST, mutations));
    Mutations.assertReadsOrRefuses(TRUST_LISTS::parseJson, Mutations.apply(TRUST_JSON, mutations));
    Mutations.assertReadsOrRefuses(LOTLS::parse, Mutations.apply(LOTL, mutations));
    Mutations.assertReadsOrRefuses(LOTLS::parseJson, Mutations.apply(LOTL_JSON, mutations));
    Mutations.assertReadsOrRefuses(STATUS_LISTS::parse, Mutations.apply(STATUS, mutations));
    Mutations.assertReadsOrRefuses(
        STATUS_LISTS::parseJson, Mutations.apply(STATUS_JSON, mutations));
  }

  @Property(tries = 100)
  void parse_arbitraryBytes_throwOnlyXmlFormatException(@ForAll byte[] bytes) {
    Mutations.assertReadsOrRefuses(TRUST_LISTS::parse, bytes);
    Mutations.assertReadsOrRefuses(TRUST_LISTS::parseJson, bytes);
    Mutations.assertReadsOrRefuses(LOTLS::parse, bytes);
    Mutations.assertReadsOrRefuses(LOTLS::parseJson, bytes);
    Mutations.assertReadsOrRefuses(STATUS_LISTS::parse, bytes);
    Mutations.assertReadsOrRefuses(STATUS_LISTS::parseJson, bytes);
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> mutations() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
  }
}
