/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.CERTIFICATES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.GenericPart;
import org.eucert.core.testing.ModelArbitraries;

/**
 * Properties of {@link CertificateCodec} over arbitrary valid certificate content (with an EUCC
 * part, a generic part and none, each checked to occur) and over mutated documents.
 */
class CertificateCodecProperties {
  private static final Schema XSD =
      Documents.independentSchema(CertificateCodec.EUCC_XSD_RESOURCE, CertificateCodec.XSD_RESOURCE);
  private static final byte[] EUCC = Documents.resource("vectors/xml/certificate-eucc.xml");
  private static final byte[] EUCC_JSON = CERTIFICATES.writeJson(CERTIFICATES.parse(EUCC));

  @Provide
  Arbitrary<CertificateContent> contents() {
    return ModelArbitraries.certificateContents();
  }

  @Property
  void write_parse_roundTrip(@ForAll("contents") CertificateContent content) {
    countPart(content);

    assertEquals(content, CERTIFICATES.parse(CERTIFICATES.write(content)));
  }

  @Property
  void writeJson_parseJson_roundTrip(@ForAll("contents") CertificateContent content) {
    countPart(content);

    assertEquals(content, CERTIFICATES.parseJson(CERTIFICATES.writeJson(content)));
  }

  @Property
  void write_anyContent_validAgainstXsd(@ForAll("contents") CertificateContent content) {
    Documents.assertValid(XSD, CERTIFICATES.write(content));
  }

  @Property
  void parse_mutatedDocument_throwsOnlyXmlFormatException(
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(CERTIFICATES::parse, Mutations.apply(EUCC, mutations));
  }

  @Property
  void parseJson_mutatedDocument_throwsOnlyXmlFormatException(
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(
        CERTIFICATES::parseJson, Mutations.apply(EUCC_JSON, mutations));
  }

  @Property
  void parse_arbitraryBytes_throwsOnlyXmlFormatException(@ForAll byte[] bytes) {
    Mutations.assertReadsOrRefuses(CERTIFICATES::parse, bytes);
    Mutations.assertReadsOrRefuses(CERTIFICATES::parseJson, bytes);
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> mutations() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
  }

  /** Fails the property unless all three kinds of scheme-specific part were generated. */
  private static void countPart(CertificateContent content) {
    String kind =
        content
            .schemePart()
            .map(p -> p instanceof EuccPart ? "EUCC" : p instanceof GenericPart ? "generic" : "?")
            .orElse("none");
    Statistics.label("scheme-specific part")
        .collect(kind)
        .coverage(
            c -> {
              c.check("EUCC").count(n -> n > 0);
              c.check("generic").count(n -> n > 0);
              c.check("none").count(n -> n > 0);
            });
  }
}
