/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.Holder;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.model.StatementOfConformity;

/**
 * The registry of a conformity assessment body or an NCCA: commands that enrol and change records
 * and queries that read them (ARCHITECTURE.md section 9).
 *
 * <p>Guarantees, for every implementation:
 *
 * <ul>
 *   <li>Each command is one transaction: it is written whole, with its audit entry, or not at all.
 *       An issued certificate's record and its signed bytes are written together.
 *   <li>Nothing is deleted or updated in place that the law treats as history: status changes of
 *       certificates and time-lined records are appended; the audit log is only appended to.
 *   <li>Certificate status changes follow the state machine of DOMAIN.md 7.5 and the time limits
 *       of EUCC Art 30 (DOMAIN.md 7.6); a refused command throws a {@link RegistryException}
 *       subclass with a stable code and writes nothing.
 *   <li>Optimistic locking: a change never overwrites a concurrent one; the loser gets {@link
 *       ConcurrentUpdateException} and may retry.
 *   <li>Certificate numbers from {@link #nextCertificateNumber} are unique per body and series
 *       under concurrent callers (also from several processes on one PostgreSQL database).
 *   <li>Instants are stored at microsecond precision (finer is truncated); time comes from the
 *       registry's {@link java.time.Clock} (recording times) or from the commands (legal instants).
 * </ul>
 *
 * <p>Implementations are thread-safe. Close the registry to release its connections.
 *
 * @since 0.1
 */
public interface Registry extends AutoCloseable {

  // ---- scheme versions

  /**
   * Imports a scheme version with its status time line and the document it was read from (the
   * bytes are kept as given).
   *
   * @throws DuplicateRecordException if that scheme version is already held
   */
  void importSchemeVersion(SchemeVersion version, Bytes document, Actor actor);

  /**
   * Appends a status to a scheme version's time line (CSA Art 49, 50: adopted, no longer valid).
   *
   * @throws RecordNotFoundException if the scheme version is not held
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeSchemeStatus(
      SchemeId scheme, String version, SchemeStatus status, Instant from, Actor actor);

  /** A scheme version, if held. */
  Optional<StoredSchemeVersion> schemeVersion(SchemeId scheme, String version);

  /** Every version of a scheme held, ordered by version. */
  List<StoredSchemeVersion> schemeVersions(SchemeId scheme);

  // ---- bodies and their time-lined records

  /**
   * Enrols an NCCA, certification body or ITSEF.
   *
   * @throws DuplicateRecordException if a body with that id is enrolled
   */
  void enrolBody(Body body, Actor actor);

  /** A body, if enrolled. */
  Optional<Body> body(BodyId id);

  /** Every body, ordered by id. */
  Page<Body> bodies(PageRequest page);

  /**
   * Adds an accreditation (CSA Art 60) to an enrolled body.
   *
   * @throws RecordNotFoundException if the body is not enrolled
   * @throws DuplicateRecordException if the body has an accreditation with that reference
   */
  void addAccreditation(Accreditation accreditation, Actor actor);

  /**
   * Appends a status to an accreditation's time line.
   *
   * @throws RecordNotFoundException if there is no such accreditation
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeAccreditationStatus(
      BodyId body, String reference, AccreditationStatus status, Instant from, Actor actor);

  /** A body's accreditations, ordered by reference. */
  List<Accreditation> accreditations(BodyId body);

  /**
   * Adds a notification (CSA Art 61) of an enrolled body for a scheme, at some levels, possibly
   * limited to one scheme version.
   *
   * @throws RecordNotFoundException if the body is not enrolled
   * @throws DuplicateRecordException if the body has a notification for that scheme and version
   */
  void addNotification(Notification notification, Actor actor);

  /**
   * Appends a status to a notification's time line (suspended, withdrawn, notified again).
   *
   * @param schemeVersion the version the notification is limited to, or empty if it is not
   * @throws RecordNotFoundException if there is no such notification
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeNotificationStatus(
      BodyId body,
      SchemeId scheme,
      Optional<String> schemeVersion,
      NotificationStatus status,
      Instant from,
      Actor actor);

  /** A body's notifications, ordered by scheme and version. */
  List<Notification> notifications(BodyId body);

  /**
   * The bodies whose notification for {@code scheme} covered {@code level} and was in force
   * (status NOTIFIED) at {@code at}, ordered by id (CSA Art 61).
   */
  List<Body> bodiesNotifiedFor(SchemeId scheme, AssuranceLevel level, Instant at);

  /**
   * Adds an NCCA's authorisation of a body (CSA Art 60(3); EUCC Art 21, 22).
   *
   * @throws RecordNotFoundException if the body or the NCCA is not enrolled
   * @throws DuplicateRecordException if the NCCA has an authorisation with that reference
   */
  void addAuthorisation(Authorisation authorisation, Actor actor);

  /**
   * Appends a status to an authorisation's time line.
   *
   * @throws RecordNotFoundException if there is no such authorisation
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeAuthorisationStatus(
      BodyId ncca, String reference, AuthorisationStatus status, Instant from, Actor actor);

  /** The authorisations given to a body, ordered by NCCA and reference. */
  List<Authorisation> authorisations(BodyId body);

  /**
   * Adds an NCCA's general delegation of the issuing of 'high' certificates (CSA Art 56(6)(b)).
   *
   * @throws RecordNotFoundException if the NCCA or the delegate is not enrolled
   * @throws DuplicateRecordException if the NCCA has a delegation with that reference
   */
  void addDelegation(Delegation delegation, Actor actor);

  /**
   * Appends a status to a delegation's time line.
   *
   * @throws RecordNotFoundException if there is no such delegation
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeDelegationStatus(
      BodyId ncca, String reference, DelegationStatus status, Instant from, Actor actor);

  /** The delegations to a body, ordered by NCCA and reference. */
  List<Delegation> delegations(BodyId delegate);

  /**
   * Adds a per-certificate approval an NCCA gave (CSA Art 56(6)(a); EUCC Art 7(4), 12, 17(4)).
   *
   * @throws RecordNotFoundException if the NCCA or the body is not enrolled
   * @throws DuplicateRecordException if the NCCA has an approval with that reference
   */
  void addApproval(Approval approval, Actor actor);

  /**
   * Appends a status to an approval's time line (revoked).
   *
   * @throws RecordNotFoundException if there is no such approval
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if {@code from} is not after the
   *     last entry
   */
  void changeApprovalStatus(
      BodyId ncca, String reference, ApprovalStatus status, Instant from, Actor actor);

  /** The approvals given to a body, ordered by NCCA and reference. */
  List<Approval> approvals(BodyId body);

  /**
   * Adds a body's signing key (public material only).
   *
   * @throws RecordNotFoundException if the body is not enrolled
   * @throws DuplicateRecordException if a key with that key id is held
   */
  void addSigningKey(SigningKey key, Actor actor);

  /**
   * Records that a key was compromised at {@code at}: documents it signed from then on fail.
   *
   * @throws RecordNotFoundException if the key is not held
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if the key already has a
   *     compromise instant at or before {@code at} (an earlier instant may replace a later one)
   */
  void markKeyCompromised(String keyId, Instant at, Actor actor);

  /** A body's signing keys, ordered by the start of their window. */
  List<SigningKey> signingKeys(BodyId body);

  /** The holder of that exact name, as last recorded, if any. */
  Optional<Holder> holder(String name);

  // ---- numbers

  /**
   * The next number of a body's series of certificate identifiers (1, 2, 3, ...; a series is
   * e.g. {@code EUCC-2026}). Unique under concurrent callers; a number allocated by a transaction
   * that later fails to issue is not reused (the audit log shows it).
   *
   * @throws RecordNotFoundException if the body is not enrolled
   */
  long nextCertificateNumber(BodyId body, String series, Actor actor);

  /**
   * The next sequence number of a list a body publishes (e.g. {@code status-list}), 1, 2, 3, ...
   * Unique and increasing under concurrent callers.
   *
   * @throws RecordNotFoundException if the body is not enrolled
   */
  long nextPublicationSequence(BodyId publisher, String list, Actor actor);

  /** The last sequence number allocated for a list; 0 if none. */
  long lastPublicationSequence(BodyId publisher, String list);

  // ---- certificates

  /**
   * Records an issued certificate: its content columns, documents and first event (in force from
   * the issue instant), its links (predecessor, underlying), all in one transaction.
   *
   * @throws DuplicateCertificateNumberException if the identifier is taken
   * @throws RecordNotFoundException if the issuer is not enrolled
   */
  CertificateRecord recordIssued(IssuedCertificate certificate, Actor actor);

  /**
   * Records a batch of issued certificates, all or nothing, in one transaction (a body moving its
   * records in): if any of them is refused, none is recorded.
   *
   * @return the number recorded: the batch size
   * @throws DuplicateCertificateNumberException if an identifier is taken (also within the batch)
   * @throws RecordNotFoundException if an issuer is not enrolled
   */
  int importIssued(List<IssuedCertificate> batch, Actor actor);

  /**
   * Imports certificates another registry exported (CSA Art 50; EUCC Art 42), all or nothing, in
   * one transaction: each is recorded as issued (content and documents byte for byte, links from
   * its content), then its later events are replayed through the life-cycle rules of {@link
   * #suspend}, {@link #extendSuspension}, {@link #reinstate}, {@link #withdraw} and {@link
   * #review}, so the state machine and the time limits of EUCC Art 30 are checked again. Each
   * replayed event must equal the exported one (kind, status, instants, reason, texts, planned
   * end, references); its recording instant and actor are this registry's (the import's), as the
   * audit log shows. A withdrawal that names a successor held in the same import is checked as an
   * EUCC Art 13(2)(c) or (d) review outcome.
   *
   * @return the number of certificates imported
   * @throws ImportRefusedException naming the certificate and the problem (a certificate already
   *     held, an issuer not enrolled, an event the rules refuse or that replays differently, links
   *     that differ from the content's); nothing is written
   */
  int importExported(List<ExportedCertificate> certificates, Actor actor);

  /**
   * Suspends a certificate in force from the day after the decision, for at most 42 days (EUCC
   * Art 30(1)). The validity end does not move.
   *
   * @throws RecordNotFoundException if the certificate is not held
   * @throws IllegalStatusTransitionException unless it is in force at the decision and still valid
   *     when the suspension starts
   * @throws TimeLimitExceededException ({@code SUSPENSION_PERIOD_EXCEEDED}) beyond 42 days
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) if the suspension would start
   *     before the certificate's last event
   */
  CertificateRecord suspend(CertificateId id, Suspension suspension, Actor actor);

  /**
   * Extends a suspension by the NCCA's decision, up to one year in total (EUCC Art 30(1)).
   *
   * @throws IllegalStatusTransitionException unless the certificate is suspended
   * @throws TimeLimitExceededException ({@code SUSPENSION_TOTAL_EXCEEDED}) beyond one year
   * @throws LifecycleRuleException ({@code EXTENSION_NOT_LATER}, {@code EVENT_OUT_OF_ORDER})
   */
  CertificateRecord extendSuspension(CertificateId id, SuspensionExtension extension, Actor actor);

  /**
   * Ends a suspension: the certificate is in force again from the instant given.
   *
   * @throws IllegalStatusTransitionException unless it is suspended and still valid then
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) unless after the last event
   */
  CertificateRecord reinstate(CertificateId id, Reinstatement reinstatement, Actor actor);

  /**
   * Withdraws a certificate in force or suspended (EUCC Art 14); terminal.
   *
   * @throws IllegalStatusTransitionException if it is already withdrawn or expired
   * @throws LifecycleRuleException ({@code EVENT_OUT_OF_ORDER}) unless after the last event
   */
  CertificateRecord withdraw(CertificateId id, Withdrawal withdrawal, Actor actor);

  /**
   * Records a review outcome (EUCC Art 13(2)); for (c) and (d) withdraws the reviewed certificate,
   * records the successor and links them in one transaction.
   *
   * @throws IllegalStatusTransitionException unless the certificate is in force at the decision
   *     (a suspended one may be withdrawn, with or without a successor)
   * @throws LifecycleRuleException if the successor does not fit the outcome
   * @throws DuplicateCertificateNumberException if the successor's identifier is taken
   */
  ReviewResult review(CertificateId id, ReviewOutcome outcome, Actor actor);

  /** A certificate with its events, if held. */
  Optional<CertificateRecord> certificate(CertificateId id);

  /** A certificate's documents, byte for byte as recorded, if held. */
  Optional<CertificateDocuments> documents(CertificateId id);

  /**
   * A certificate's status at an instant: EXPIRED derived from the validity end, WITHDRAWN
   * terminal (DOMAIN.md 7.4 R20); empty if the certificate is not held or not yet issued then.
   */
  Optional<CertificateStatus> statusAt(CertificateId id, Instant at);

  /** Certificates matching a query, ordered by identifier, one page at a time. */
  Page<CertificateSummary> certificates(CertificateQuery query, PageRequest page);

  /** The links from and to a certificate. */
  List<CertificateLink> links(CertificateId id);

  // ---- statements of conformity

  /**
   * Records an EU statement of conformity (CSA Art 53) with its document and, if signed, its
   * envelope.
   *
   * @throws DuplicateCertificateNumberException if a statement with that identifier is held
   */
  void recordStatement(
      StatementOfConformity statement, Bytes document, Optional<Bytes> signedEnvelope, Actor actor);

  /** A statement, if held. */
  Optional<StoredStatement> statement(CertificateId id);

  // ---- audit

  /** The head of the audit chain. */
  AuditHead auditHead();

  /** Walks the audit chain from its first entry and reports the first broken link. */
  AuditVerification verifyAudit();

  /** The audit entries in order, one page at a time. */
  Page<AuditEvent> auditEvents(PageRequest page);

  /** Releases the registry's connections; further calls fail. */
  @Override
  void close();
}
