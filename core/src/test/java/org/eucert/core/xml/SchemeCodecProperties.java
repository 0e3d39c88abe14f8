/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.SCHEMES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.testing.ModelArbitraries;

/** Properties of {@link SchemeCodec} over arbitrary valid scheme versions and mutated documents. */
class SchemeCodecProperties {
  private static final Schema XSD = Documents.independentSchema(SchemeCodec.XSD_RESOURCE);
  private static final byte[] EUCC = Documents.resource("vectors/xml/scheme-eucc.xml");
  private static final byte[] EUCC_JSON = SCHEMES.writeJson(SCHEMES.parse(EUCC));

  @Provide
  Arbitrary<SchemeVersion> schemes() {
    return ModelArbitraries.schemeVersions();
  }

  @Property
  void write_parse_roundTrip(@ForAll("schemes") SchemeVersion scheme) {
    assertEquals(scheme, SCHEMES.parse(SCHEMES.write(scheme)));
  }

  @Property
  void writeJson_parseJson_roundTrip(@ForAll("schemes") SchemeVersion scheme) {
    assertEquals(scheme, SCHEMES.parseJson(SCHEMES.writeJson(scheme)));
  }

  @Property
  void write_anyScheme_validAgainstXsd(@ForAll("schemes") SchemeVersion scheme) {
    Documents.assertValid(XSD, SCHEMES.write(scheme));
  }

  @Property
  void parse_mutatedDocument_throwsOnlyXmlFormatException(
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(SCHEMES::parse, Mutations.apply(EUCC, mutations));
  }

  @Property
  void parseJson_mutatedDocument_throwsOnlyXmlFormatException(
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(SCHEMES::parseJson, Mutations.apply(EUCC_JSON, mutations));
  }

  @Property
  void parse_arbitraryBytes_throwsOnlyXmlFormatException(@ForAll byte[] bytes) {
    Mutations.assertReadsOrRefuses(SCHEMES::parse, bytes);
    Mutations.assertReadsOrRefuses(SCHEMES::parseJson, bytes);
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> mutations() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
  }

}
