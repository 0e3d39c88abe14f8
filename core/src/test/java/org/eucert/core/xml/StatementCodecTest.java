/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.afterDeclaration;
import static org.eucert.core.xml.Documents.assertRefused;
import static org.eucert.core.xml.Documents.assertValid;
import static org.eucert.core.xml.Documents.bytes;
import static org.eucert.core.xml.Documents.replaceOnce;
import static org.eucert.core.xml.Documents.utf8;
import static org.eucert.core.xml.XmlFormatException.XML_DOCTYPE_FORBIDDEN;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.testing.GenericTestScheme;
import org.junit.jupiter.api.Test;

/** {@link StatementCodec}: round trips, the XSD, and hostile input. */
class StatementCodecTest {
  private static final StatementCodec CODEC = StatementCodec.create();
  private static final Schema XSD =
      Documents.independentSchema(
          CertificateCodec.EUCC_XSD_RESOURCE,
          CertificateCodec.XSD_RESOURCE,
          StatementCodec.XSD_RESOURCE);
  private static final StatementOfConformity STATEMENT = GenericTestScheme.statement();
  private static final String DOC = utf8(CODEC.write(STATEMENT));

  @Test
  void write_parse_roundTripsBothForms() {
    StatementOfConformity noCopies =
        new StatementOfConformity(
            STATEMENT.id(),
            STATEMENT.scheme(),
            STATEMENT.schemeVersion(),
            STATEMENT.object(),
            STATEMENT.manufacturer(),
            STATEMENT.assuranceLevel(),
            List.of(),
            STATEMENT.issuedAt(),
            STATEMENT.documentationAvailableUntil(),
            Optional.empty(),
            Optional.empty());
    for (StatementOfConformity s : List.of(STATEMENT, noCopies)) {
      byte[] xml = CODEC.write(s);
      assertValid(XSD, xml);
      assertEquals(s, CODEC.parse(xml));
      assertEquals(s, CODEC.parseJson(CODEC.writeJson(s)));
    }
    assertTrue(DOC.contains("xmlns=\"urn:eucert:statement:1\""), DOC);
  }

  @Test
  void parse_levelOtherThanBasic_refusedWithSchemaInvalid() {
    String doc = replaceOnce(DOC, ">BASIC<", ">HIGH<");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(doc)));
  }

  @Test
  void publicApi_nullArguments_throwNullPointerException() {
    new NullPointerTester().testAllPublicStaticMethods(StatementCodec.class);
    new NullPointerTester().testAllPublicInstanceMethods(CODEC);
  }

  @Test
  void parse_externalEntity_refusedWithDoctypeForbidden() {
    String xxe =
        replaceOnce(
            afterDeclaration(
                DOC, "<!DOCTYPE statement [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "<c:name>Test Router</c:name>",
            "<c:name>&xxe;</c:name>");
    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CODEC.parse(bytes(xxe)));
  }

  @Test
  void parse_largerThanLimit_refusedWithTooLarge() {
    String padded = replaceOnce(DOC, "<id>", "<!--" + "x".repeat(1 << 20) + "--><id>");
    assertRefused(XML_TOO_LARGE, () -> CODEC.parse(bytes(padded)));
  }

  @Test
  void parse_unknownOrNewerNamespace_refused() {
    assertRefused(
        XML_UNKNOWN_NAMESPACE,
        () -> CODEC.parse(bytes(replaceOnce(DOC, "urn:eucert:statement:1", "urn:x:statement"))));
    assertRefused(
        XML_UNSUPPORTED_VERSION,
        () ->
            CODEC.parse(
                bytes(replaceOnce(DOC, "urn:eucert:statement:1", "urn:eucert:statement:2"))));
  }

  @Test
  void parse_unknownElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(DOC, "<issuedAt>", "<signedBy>x</signedBy><issuedAt>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(doc)));
  }

  @Property(tries = 100)
  void parse_mutatedDocument_readsOrThrowsOnlyXmlFormatException(
      @ForAll("mutationLists") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(CODEC::parse, Mutations.apply(bytes(DOC), mutations));
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> mutationLists() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
  }
}
