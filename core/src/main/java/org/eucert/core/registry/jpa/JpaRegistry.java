/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.AuditChain;
import org.eucert.core.registry.AuditEvent;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.AuditVerification;
import org.eucert.core.registry.CertificateDocuments;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.CertificateSummary;
import org.eucert.core.registry.ConcurrentUpdateException;
import org.eucert.core.registry.DuplicateCertificateNumberException;
import org.eucert.core.registry.DuplicateRecordException;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.ImportRefusedException;
import org.eucert.core.registry.ImportRefusedException.Problem;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.LifecycleRuleException;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.RecordNotFoundException;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.RegistryException;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.registry.ReviewResult;
import org.eucert.core.registry.StoredSchemeVersion;
import org.eucert.core.registry.StoredStatement;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Registry} on a relational database through JPA (EclipseLink, Java SE mode): an
 * embedded H2 file database by default, PostgreSQL in production, any JDBC URL in general.
 *
 * <p>Opening a registry migrates its schema to this library's version (Flyway) and refuses a
 * schema newer than the library ({@link org.eucert.core.registry.SchemaTooNewException}). Every
 * command is one database transaction that also appends its audit entries; the audit head row is
 * locked last, so writers serialise only for the few statements that extend the chain. Status
 * changes are guarded by the certificate's version column and by a unique event sequence, so a
 * change never overwrites a concurrent one.
 *
 * <p>Thread-safe: each call uses its own {@link EntityManager}. The embedded H2 database serves
 * one process at a time (a second process gets {@link
 * org.eucert.core.registry.RegistryUnavailableException}); PostgreSQL serves many.
 *
 * @since 0.1
 */
public final class JpaRegistry implements Registry {
  private static final Logger log = LoggerFactory.getLogger(JpaRegistry.class);

  /** The persistence unit in {@code META-INF/persistence.xml}. */
  static final String UNIT = "eucert-registry";

  private static final String CERTIFICATE = "CERTIFICATE";
  private static final int COUNTER_ATTEMPTS = 5;

  private final EntityManagerFactory emf;
  private final Clock clock;
  private final String schemaVersion;

  private JpaRegistry(EntityManagerFactory emf, Clock clock, String schemaVersion) {
    this.emf = emf;
    this.clock = clock;
    this.schemaVersion = schemaVersion;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JDBC URL of the embedded registry under a eucert home: the H2 file database {@code
   * HOME/registry/eucert}, waiting up to ten seconds for a row lock.
   */
  public static String embeddedUrl(Path home) {
    Path file = checkNotNull(home, "home").resolve("registry").resolve("eucert").toAbsolutePath();
    return "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000";
  }

  /** The schema version the database has after opening, e.g. {@code 1}. */
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    if (emf.isOpen()) {
      emf.close();
    }
  }

  // ---------------------------------------------------------------- transactions and audit

  /** The state of one writing transaction: its entity manager, actor, time and audit entries. */
  private static final class Tx {
    final EntityManager em;
    final Actor actor;
    final long nowUs;
    final List<String[]> audit = new ArrayList<>();

    Tx(EntityManager em, Actor actor, long nowUs) {
      this.em = em;
      this.actor = actor;
      this.nowUs = nowUs;
    }

    void audit(String action, String kind, String id, String before, String after) {
      audit.add(new String[] {action, kind, id, before, after});
    }
  }

  private <T> T write(
      Actor actor, Supplier<? extends RegistryException> onUnique, Function<Tx, T> work) {
    checkNotNull(actor, "actor");
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      Tx t = new Tx(em, actor, Columns.micros(clock.instant()));
      T result = work.apply(t);
      em.flush();
      checkState(!t.audit.isEmpty(), "every change is audited");
      appendAudit(t);
      em.flush();
      tx.commit();
      return result;
    } catch (RuntimeException e) {
      throw Translator.translate(e, onUnique);
    } finally {
      try {
        if (tx.isActive()) {
          tx.rollback();
        }
      } catch (RuntimeException e) {
        log.debug("rollback failed", e);
      }
      em.close();
    }
  }

  private <T> T read(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      return work.apply(em);
    } catch (RuntimeException e) {
      throw Translator.translate(e);
    } finally {
      em.close();
    }
  }

  private static Supplier<RegistryException> concurrent(String what) {
    return () ->
        new ConcurrentUpdateException(
            "another transaction changed " + what + " at the same time; read it again and retry");
  }

  private static Supplier<RegistryException> duplicate(String what) {
    return () -> new DuplicateRecordException(what + " is already in the registry");
  }

  /**
   * Extends the audit chain with the transaction's entries. The head row is locked with SELECT
   * ... FOR UPDATE (the same SQL on H2 and PostgreSQL), so concurrent writers, also in other
   * processes, extend the chain one after another.
   */
  private static void appendAudit(Tx t) {
    Object[] head =
        (Object[])
            t.em
                .createNativeQuery(
                    "SELECT last_seq, last_hash FROM eu_audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    long seq = ((Number) head[0]).longValue();
    String prev = (String) head[1];
    Instant now = Columns.instant(t.nowUs);
    for (String[] a : t.audit) {
      seq++;
      AuditEventEntity e = new AuditEventEntity();
      e.seq = seq;
      e.recordedUs = t.nowUs;
      e.actor = t.actor.name();
      e.action = a[0];
      e.subjectKind = a[1];
      e.subjectId = a[2];
      e.beforeState = a[3];
      e.afterState = a[4];
      e.prevHash = prev;
      e.hash =
          AuditChain.hash(seq, now, e.actor, e.action, e.subjectKind, e.subjectId, a[3], a[4], prev);
      t.em.persist(e);
      prev = e.hash;
    }
    t.em.flush();
    int updated =
        t.em
            .createNativeQuery("UPDATE eu_audit_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
            .setParameter(1, seq)
            .setParameter(2, prev)
            .executeUpdate();
    checkState(updated == 1, "the audit head row is missing");
  }

  private static String state(Object... keyValues) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.get();
      }
      if (v == null) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(keyValues[i]).append('=').append(escape(String.valueOf(v)));
    }
    return sb.toString();
  }

  private static String escape(String v) {
    return v.replace("\\", "\\\\").replace(";", "\\;").replace("\n", "\\n").replace("\r", "\\r");
  }

  // ---------------------------------------------------------------- scheme versions

  @Override
  public void importSchemeVersion(SchemeVersion version, Bytes document, Actor actor) {
    checkNotNull(version, "version");
    checkNotNull(document, "document");
    checkArgument(document.size() > 0, "empty scheme document");
    String key = version.schemeId() + " " + version.version();
    write(
        actor,
        duplicate("scheme version " + key),
        t -> {
          SchemeVersionEntity e = new SchemeVersionEntity();
          e.schemeId = version.schemeId().value();
          e.version = version.version();
          e.title = version.title();
          e.document = document.toByteArray();
          e.recordedUs = t.nowUs;
          t.em.persist(e);
          insertTimeline(t, BodyMapper.SCHEME_VERSION, e.id, version.statusHistory().entries());
          t.audit(
              "SCHEME_VERSION_IMPORTED",
              BodyMapper.SCHEME_VERSION,
              key,
              "",
              state(
                  "title", e.title,
                  "status", version.statusHistory().latest().orElseThrow(),
                  "document_sha256", Columns.sha256(e.document)));
          return null;
        });
  }

  @Override
  public void changeSchemeStatus(
      SchemeId scheme, String version, SchemeStatus status, Instant from, Actor actor) {
    checkNotNull(status, "status");
    write(
        actor,
        concurrent("scheme version " + scheme + " " + version),
        t -> {
          SchemeVersionEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT s FROM SchemeVersionEntity s WHERE s.schemeId = :s AND"
                                  + " s.version = :v",
                              SchemeVersionEntity.class)
                          .setParameter("s", scheme.value())
                          .setParameter("v", version))
                  .orElseThrow(() -> notFound("scheme version " + scheme + " " + version));
          appendTimeline(
              t, e, BodyMapper.SCHEME_VERSION, scheme + " " + version, status, from, "SCHEME_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public Optional<StoredSchemeVersion> schemeVersion(SchemeId scheme, String version) {
    checkNotNull(scheme, "scheme");
    checkNotNull(version, "version");
    return read(
        em ->
            single(
                    em.createQuery(
                            "SELECT s FROM SchemeVersionEntity s WHERE s.schemeId = :s AND"
                                + " s.version = :v",
                            SchemeVersionEntity.class)
                        .setParameter("s", scheme.value())
                        .setParameter("v", version))
                .map(e -> toStored(em, e)));
  }

  @Override
  public List<StoredSchemeVersion> schemeVersions(SchemeId scheme) {
    checkNotNull(scheme, "scheme");
    return read(
        em ->
            em
                .createQuery(
                    "SELECT s FROM SchemeVersionEntity s WHERE s.schemeId = :s ORDER BY s.version",
                    SchemeVersionEntity.class)
                .setParameter("s", scheme.value())
                .getResultList()
                .stream()
                .map(e -> toStored(em, e))
                .toList());
  }

  private static StoredSchemeVersion toStored(EntityManager em, SchemeVersionEntity e) {
    return new StoredSchemeVersion(
        SchemeId.of(e.schemeId),
        e.version,
        e.title,
        BodyMapper.timeline(statusRows(em, BodyMapper.SCHEME_VERSION, e.id), SchemeStatus.class),
        Bytes.copyOf(e.document),
        Columns.instant(e.recordedUs));
  }

  // ---------------------------------------------------------------- time lines

  private static void insertTimeline(
      Tx t, String kind, long ownerId, List<? extends org.eucert.core.time.TimelineEntry<?>> entries) {
    int seq = 0;
    for (org.eucert.core.time.TimelineEntry<?> e : entries) {
      t.em.persist(
          new StatusEntryEntity(
              kind, ownerId, ++seq, ((Enum<?>) e.status()).name(), Columns.micros(e.from())));
    }
  }

  private static List<StatusEntryEntity> statusRows(EntityManager em, String kind, long ownerId) {
    return em.createQuery(
            "SELECT s FROM StatusEntryEntity s WHERE s.ownerKind = :k AND s.ownerId = :o"
                + " ORDER BY s.seq",
            StatusEntryEntity.class)
        .setParameter("k", kind)
        .setParameter("o", ownerId)
        .getResultList();
  }

  private static Map<Long, List<StatusEntryEntity>> statusRows(
      EntityManager em, String kind, List<Long> ownerIds) {
    Map<Long, List<StatusEntryEntity>> out = new HashMap<>();
    if (ownerIds.isEmpty()) {
      return out;
    }
    for (StatusEntryEntity s :
        em.createQuery(
                "SELECT s FROM StatusEntryEntity s WHERE s.ownerKind = :k AND s.ownerId IN :o"
                    + " ORDER BY s.ownerId, s.seq",
                StatusEntryEntity.class)
            .setParameter("k", kind)
            .setParameter("o", ownerIds)
            .getResultList()) {
      out.computeIfAbsent(s.ownerId, k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  /**
   * Appends a status to a time line: after its last entry, with the owner's version bumped so
   * that two concurrent appends cannot both succeed.
   */
  private static void appendTimeline(
      Tx t, IdEntity owner, String kind, String subjectId, Enum<?> status, Instant from, String action) {
    checkNotNull(from, "from");
    List<StatusEntryEntity> rows = statusRows(t.em, kind, owner.id);
    StatusEntryEntity last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    long fromUs = Columns.micros(from);
    if (last != null && fromUs <= last.fromUs) {
      throw new LifecycleRuleException(
          LifecycleRuleException.Rule.EVENT_OUT_OF_ORDER,
          kind.toLowerCase(java.util.Locale.ROOT)
              + " "
              + subjectId
              + ": a new status must come after the last one ("
              + last.status
              + " from "
              + Columns.instant(last.fromUs)
              + "), not at "
              + LegalTime.normalize(from));
    }
    t.em.persist(new StatusEntryEntity(kind, owner.id, rows.size() + 1, status.name(), fromUs));
    t.em.lock(owner, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    t.audit(
        action,
        kind,
        subjectId,
        last == null ? "" : state("status", last.status, "from", Columns.instant(last.fromUs)),
        state("status", status.name(), "from", Columns.instant(fromUs)));
  }

  // ---------------------------------------------------------------- bodies

  @Override
  public void enrolBody(Body body, Actor actor) {
    checkNotNull(body, "body");
    write(
        actor,
        duplicate("body " + body.id()),
        t -> {
          BodyEntity e = BodyMapper.toEntity(body, t.nowUs);
          t.em.persist(e);
          t.audit(
              "BODY_ENROLLED",
              "BODY",
              body.id().value(),
              "",
              state(
                  "role", body.role(),
                  "name", body.name(),
                  "memberState", body.memberState(),
                  "notifiedBodyNumber", body.notifiedBodyNumber(),
                  "supervisingNcca", body.supervisingNcca()));
          return null;
        });
  }

  @Override
  public Optional<Body> body(BodyId id) {
    checkNotNull(id, "id");
    return read(em -> findBody(em, id).map(BodyMapper::toBody));
  }

  @Override
  public Page<Body> bodies(PageRequest page) {
    checkNotNull(page, "page");
    return read(
        em -> {
          TypedQuery<BodyEntity> q =
              page.after().isPresent()
                  ? em.createQuery(
                          "SELECT b FROM BodyEntity b WHERE b.bodyId > :a ORDER BY b.bodyId",
                          BodyEntity.class)
                      .setParameter("a", page.after().get())
                  : em.createQuery("SELECT b FROM BodyEntity b ORDER BY b.bodyId", BodyEntity.class);
          List<BodyEntity> rows = q.setMaxResults(page.limit() + 1).getResultList();
          return page(rows, page, BodyMapper::toBody, b -> b.id().value());
        });
  }

  private static <E, T> Page<T> page(
      List<E> rows, PageRequest page, Function<E, T> map, Function<T, String> cursor) {
    boolean more = rows.size() > page.limit();
    List<T> items = new ArrayList<>();
    for (int i = 0; i < Math.min(rows.size(), page.limit()); i++) {
      items.add(map.apply(rows.get(i)));
    }
    Optional<PageRequest> next =
        more
            ? Optional.of(new PageRequest(Optional.of(cursor.apply(items.get(items.size() - 1))), page.limit()))
            : Optional.empty();
    return new Page<>(items, next);
  }

  private static Optional<BodyEntity> findBody(EntityManager em, BodyId id) {
    return single(
        em.createQuery("SELECT b FROM BodyEntity b WHERE b.bodyId = :b", BodyEntity.class)
            .setParameter("b", id.value()));
  }

  private static BodyEntity requireBody(EntityManager em, BodyId id) {
    return findBody(em, id).orElseThrow(() -> notFound("body " + id + " (enrol it first)"));
  }

  private static RecordNotFoundException notFound(String what) {
    return new RecordNotFoundException("no " + what + " in the registry");
  }

  private static <T> Optional<T> single(TypedQuery<T> q) {
    List<T> rows = q.setMaxResults(2).getResultList();
    checkState(rows.size() <= 1, "natural key matched %s rows", rows.size());
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  @Override
  public void addAccreditation(Accreditation accreditation, Actor actor) {
    checkNotNull(accreditation, "accreditation");
    String key = accreditation.body() + "/" + accreditation.reference();
    write(
        actor,
        duplicate("accreditation " + key),
        t -> {
          requireBody(t.em, accreditation.body());
          AccreditationEntity e = BodyMapper.toEntity(accreditation);
          t.em.persist(e);
          insertTimeline(t, BodyMapper.ACCREDITATION, e.id, accreditation.status().entries());
          t.audit(
              "ACCREDITATION_ADDED",
              BodyMapper.ACCREDITATION,
              key,
              "",
              state(
                  "standard", e.standard,
                  "schemes", e.schemeSet.replace('\n', ','),
                  "validFrom", e.validFrom,
                  "validUntil", e.validUntil,
                  "status", accreditation.status().latest().map(x -> x.status())));
          return null;
        });
  }

  @Override
  public void changeAccreditationStatus(
      BodyId body, String reference, AccreditationStatus status, Instant from, Actor actor) {
    checkNotNull(status, "status");
    String key = body + "/" + reference;
    write(
        actor,
        concurrent("accreditation " + key),
        t -> {
          AccreditationEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT a FROM AccreditationEntity a WHERE a.bodyId = :b AND"
                                  + " a.reference = :r",
                              AccreditationEntity.class)
                          .setParameter("b", body.value())
                          .setParameter("r", reference))
                  .orElseThrow(() -> notFound("accreditation " + key));
          appendTimeline(
              t, e, BodyMapper.ACCREDITATION, key, status, from, "ACCREDITATION_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public List<Accreditation> accreditations(BodyId body) {
    checkNotNull(body, "body");
    return read(
        em -> {
          List<AccreditationEntity> rows =
              em.createQuery(
                      "SELECT a FROM AccreditationEntity a WHERE a.bodyId = :b ORDER BY a.reference",
                      AccreditationEntity.class)
                  .setParameter("b", body.value())
                  .getResultList();
          Map<Long, List<StatusEntryEntity>> st =
              statusRows(em, BodyMapper.ACCREDITATION, rows.stream().map(r -> r.id).toList());
          return rows.stream()
              .map(r -> BodyMapper.toAccreditation(r, st.getOrDefault(r.id, List.of())))
              .toList();
        });
  }

  @Override
  public void addNotification(Notification notification, Actor actor) {
    checkNotNull(notification, "notification");
    String key = notificationKey(notification.body(), notification.scheme(), notification.schemeVersion());
    write(
        actor,
        duplicate("notification " + key),
        t -> {
          requireBody(t.em, notification.body());
          NotificationEntity e = BodyMapper.toEntity(notification);
          t.em.persist(e);
          insertTimeline(t, BodyMapper.NOTIFICATION, e.id, notification.status().entries());
          t.audit(
              "NOTIFICATION_ADDED",
              BodyMapper.NOTIFICATION,
              key,
              "",
              state(
                  "levels", notification.levels(),
                  "reference", notification.reference(),
                  "status", notification.status().latest().map(x -> x.status())));
          return null;
        });
  }

  private static String notificationKey(BodyId body, SchemeId scheme, Optional<String> version) {
    return body + "/" + scheme + version.map(v -> "/" + v).orElse("");
  }

  @Override
  public void changeNotificationStatus(
      BodyId body,
      SchemeId scheme,
      Optional<String> schemeVersion,
      NotificationStatus status,
      Instant from,
      Actor actor) {
    checkNotNull(status, "status");
    String key = notificationKey(body, scheme, schemeVersion);
    write(
        actor,
        concurrent("notification " + key),
        t -> {
          NotificationEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT n FROM NotificationEntity n WHERE n.bodyId = :b AND"
                                  + " n.schemeId = :s AND n.schemeVersion = :v",
                              NotificationEntity.class)
                          .setParameter("b", body.value())
                          .setParameter("s", scheme.value())
                          .setParameter("v", schemeVersion.orElse("")))
                  .orElseThrow(() -> notFound("notification " + key));
          appendTimeline(
              t, e, BodyMapper.NOTIFICATION, key, status, from, "NOTIFICATION_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public List<Notification> notifications(BodyId body) {
    checkNotNull(body, "body");
    return read(
        em -> {
          List<NotificationEntity> rows =
              em.createQuery(
                      "SELECT n FROM NotificationEntity n WHERE n.bodyId = :b"
                          + " ORDER BY n.schemeId, n.schemeVersion",
                      NotificationEntity.class)
                  .setParameter("b", body.value())
                  .getResultList();
          return notifications(em, rows);
        });
  }

  private static List<Notification> notifications(EntityManager em, List<NotificationEntity> rows) {
    Map<Long, List<StatusEntryEntity>> st =
        statusRows(em, BodyMapper.NOTIFICATION, rows.stream().map(r -> r.id).toList());
    return rows.stream()
        .map(r -> BodyMapper.toNotification(r, st.getOrDefault(r.id, List.of())))
        .toList();
  }

  @Override
  public List<Body> bodiesNotifiedFor(SchemeId scheme, AssuranceLevel level, Instant at) {
    checkNotNull(scheme, "scheme");
    checkNotNull(level, "level");
    checkNotNull(at, "at");
    String flag =
        switch (level) {
          case BASIC -> "n.levelBasic";
          case SUBSTANTIAL -> "n.levelSubstantial";
          case HIGH -> "n.levelHigh";
        };
    return read(
        em -> {
          List<NotificationEntity> rows =
              em.createQuery(
                      "SELECT n FROM NotificationEntity n WHERE n.schemeId = :s AND "
                          + flag
                          + " = TRUE",
                      NotificationEntity.class)
                  .setParameter("s", scheme.value())
                  .getResultList();
          Set<String> ids = new TreeSet<>();
          for (Notification n : notifications(em, rows)) {
            if (n.status().at(at).map(s -> s == NotificationStatus.NOTIFIED).orElse(false)) {
              ids.add(n.body().value());
            }
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          return em
              .createQuery(
                  "SELECT b FROM BodyEntity b WHERE b.bodyId IN :ids ORDER BY b.bodyId",
                  BodyEntity.class)
              .setParameter("ids", List.copyOf(ids))
              .getResultList()
              .stream()
              .map(BodyMapper::toBody)
              .toList();
        });
  }

  @Override
  public void addAuthorisation(Authorisation authorisation, Actor actor) {
    checkNotNull(authorisation, "authorisation");
    String key = authorisation.ncca() + "/" + authorisation.reference();
    write(
        actor,
        duplicate("authorisation " + key),
        t -> {
          requireBody(t.em, authorisation.body());
          requireBody(t.em, authorisation.ncca());
          AuthorisationEntity e = BodyMapper.toEntity(authorisation);
          t.em.persist(e);
          insertTimeline(t, BodyMapper.AUTHORISATION, e.id, authorisation.status().entries());
          t.audit(
              "AUTHORISATION_ADDED",
              BodyMapper.AUTHORISATION,
              key,
              "",
              state(
                  "body", e.bodyId,
                  "scheme", e.schemeId,
                  "highestLevel", e.highestLevel,
                  "validFrom", e.validFrom,
                  "validUntil", e.validUntil));
          return null;
        });
  }

  @Override
  public void changeAuthorisationStatus(
      BodyId ncca, String reference, AuthorisationStatus status, Instant from, Actor actor) {
    checkNotNull(status, "status");
    String key = ncca + "/" + reference;
    write(
        actor,
        concurrent("authorisation " + key),
        t -> {
          AuthorisationEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT a FROM AuthorisationEntity a WHERE a.nccaId = :n AND"
                                  + " a.reference = :r",
                              AuthorisationEntity.class)
                          .setParameter("n", ncca.value())
                          .setParameter("r", reference))
                  .orElseThrow(() -> notFound("authorisation " + key));
          appendTimeline(
              t, e, BodyMapper.AUTHORISATION, key, status, from, "AUTHORISATION_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public List<Authorisation> authorisations(BodyId body) {
    checkNotNull(body, "body");
    return read(
        em -> {
          List<AuthorisationEntity> rows =
              em.createQuery(
                      "SELECT a FROM AuthorisationEntity a WHERE a.bodyId = :b"
                          + " ORDER BY a.nccaId, a.reference",
                      AuthorisationEntity.class)
                  .setParameter("b", body.value())
                  .getResultList();
          Map<Long, List<StatusEntryEntity>> st =
              statusRows(em, BodyMapper.AUTHORISATION, rows.stream().map(r -> r.id).toList());
          return rows.stream()
              .map(r -> BodyMapper.toAuthorisation(r, st.getOrDefault(r.id, List.of())))
              .toList();
        });
  }

  @Override
  public void addDelegation(Delegation delegation, Actor actor) {
    checkNotNull(delegation, "delegation");
    String key = delegation.ncca() + "/" + delegation.reference();
    write(
        actor,
        duplicate("delegation " + key),
        t -> {
          requireBody(t.em, delegation.ncca());
          requireBody(t.em, delegation.delegate());
          DelegationEntity e = BodyMapper.toEntity(delegation);
          t.em.persist(e);
          insertTimeline(t, BodyMapper.DELEGATION, e.id, delegation.status().entries());
          t.audit(
              "DELEGATION_ADDED",
              BodyMapper.DELEGATION,
              key,
              "",
              state(
                  "delegate", e.delegateId,
                  "scheme", e.schemeId,
                  "validFrom", e.validFrom,
                  "validUntil", e.validUntil));
          return null;
        });
  }

  @Override
  public void changeDelegationStatus(
      BodyId ncca, String reference, DelegationStatus status, Instant from, Actor actor) {
    checkNotNull(status, "status");
    String key = ncca + "/" + reference;
    write(
        actor,
        concurrent("delegation " + key),
        t -> {
          DelegationEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT d FROM DelegationEntity d WHERE d.nccaId = :n AND"
                                  + " d.reference = :r",
                              DelegationEntity.class)
                          .setParameter("n", ncca.value())
                          .setParameter("r", reference))
                  .orElseThrow(() -> notFound("delegation " + key));
          appendTimeline(t, e, BodyMapper.DELEGATION, key, status, from, "DELEGATION_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public List<Delegation> delegations(BodyId delegate) {
    checkNotNull(delegate, "delegate");
    return read(
        em -> {
          List<DelegationEntity> rows =
              em.createQuery(
                      "SELECT d FROM DelegationEntity d WHERE d.delegateId = :b"
                          + " ORDER BY d.nccaId, d.reference",
                      DelegationEntity.class)
                  .setParameter("b", delegate.value())
                  .getResultList();
          Map<Long, List<StatusEntryEntity>> st =
              statusRows(em, BodyMapper.DELEGATION, rows.stream().map(r -> r.id).toList());
          return rows.stream()
              .map(r -> BodyMapper.toDelegation(r, st.getOrDefault(r.id, List.of())))
              .toList();
        });
  }

  @Override
  public void addApproval(Approval approval, Actor actor) {
    checkNotNull(approval, "approval");
    String key = approval.ncca() + "/" + approval.reference();
    write(
        actor,
        duplicate("approval " + key),
        t -> {
          requireBody(t.em, approval.ncca());
          requireBody(t.em, approval.body());
          ApprovalEntity e = BodyMapper.toEntity(approval);
          t.em.persist(e);
          insertTimeline(t, BodyMapper.APPROVAL, e.id, approval.status().entries());
          t.audit(
              "APPROVAL_ADDED",
              BodyMapper.APPROVAL,
              key,
              "",
              state(
                  "kind", e.kind,
                  "body", e.bodyId,
                  "scheme", e.schemeId,
                  "certificate", e.certificateId,
                  "maxValidUntil", e.maxValidUntil,
                  "evaluationLevel", e.evaluationLevel));
          return null;
        });
  }

  @Override
  public void changeApprovalStatus(
      BodyId ncca, String reference, ApprovalStatus status, Instant from, Actor actor) {
    checkNotNull(status, "status");
    String key = ncca + "/" + reference;
    write(
        actor,
        concurrent("approval " + key),
        t -> {
          ApprovalEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT a FROM ApprovalEntity a WHERE a.nccaId = :n AND"
                                  + " a.reference = :r",
                              ApprovalEntity.class)
                          .setParameter("n", ncca.value())
                          .setParameter("r", reference))
                  .orElseThrow(() -> notFound("approval " + key));
          appendTimeline(t, e, BodyMapper.APPROVAL, key, status, from, "APPROVAL_STATUS_CHANGED");
          return null;
        });
  }

  @Override
  public List<Approval> approvals(BodyId body) {
    checkNotNull(body, "body");
    return read(
        em -> {
          List<ApprovalEntity> rows =
              em.createQuery(
                      "SELECT a FROM ApprovalEntity a WHERE a.bodyId = :b"
                          + " ORDER BY a.nccaId, a.reference",
                      ApprovalEntity.class)
                  .setParameter("b", body.value())
                  .getResultList();
          Map<Long, List<StatusEntryEntity>> st =
              statusRows(em, BodyMapper.APPROVAL, rows.stream().map(r -> r.id).toList());
          return rows.stream()
              .map(r -> BodyMapper.toApproval(r, st.getOrDefault(r.id, List.of())))
              .toList();
        });
  }

  @Override
  public void addSigningKey(SigningKey key, Actor actor) {
    checkNotNull(key, "key");
    write(
        actor,
        duplicate("signing key " + key.keyId()),
        t -> {
          requireBody(t.em, key.body());
          SigningKeyEntity e = BodyMapper.toEntity(key);
          t.em.persist(e);
          t.audit(
              "SIGNING_KEY_ADDED",
              "SIGNING_KEY",
              key.keyId(),
              "",
              state(
                  "body", e.bodyId,
                  "certificate_sha256", Columns.sha256(e.certificate),
                  "validFrom", key.validFrom(),
                  "validUntil", key.validUntil(),
                  "compromisedAt", key.compromisedAt()));
          return null;
        });
  }

  @Override
  public void markKeyCompromised(String keyId, Instant at, Actor actor) {
    checkNotNull(keyId, "keyId");
    checkNotNull(at, "at");
    write(
        actor,
        concurrent("signing key " + keyId),
        t -> {
          SigningKeyEntity e =
              single(
                      t.em
                          .createQuery(
                              "SELECT k FROM SigningKeyEntity k WHERE k.keyId = :k",
                              SigningKeyEntity.class)
                          .setParameter("k", keyId))
                  .orElseThrow(() -> notFound("signing key " + keyId));
          long us = Columns.micros(at);
          Long before = e.compromisedUs;
          if (before != null && before <= us) {
            throw new LifecycleRuleException(
                LifecycleRuleException.Rule.EVENT_OUT_OF_ORDER,
                "signing key "
                    + keyId
                    + " is already compromised since "
                    + Columns.instant(before)
                    + "; only an earlier compromise instant can replace it");
          }
          e.compromisedUs = us;
          t.audit(
              "SIGNING_KEY_COMPROMISED",
              "SIGNING_KEY",
              keyId,
              state("compromisedAt", Columns.instant(before)),
              state("compromisedAt", Columns.instant(us)));
          return null;
        });
  }

  @Override
  public List<SigningKey> signingKeys(BodyId body) {
    checkNotNull(body, "body");
    return read(
        em ->
            em
                .createQuery(
                    "SELECT k FROM SigningKeyEntity k WHERE k.bodyId = :b"
                        + " ORDER BY k.validFromUs, k.keyId",
                    SigningKeyEntity.class)
                .setParameter("b", body.value())
                .getResultList()
                .stream()
                .map(BodyMapper::toSigningKey)
                .toList());
  }

  @Override
  public Optional<Holder> holder(String name) {
    checkNotNull(name, "name");
    return read(em -> findHolder(em, name).map(CertificateMapper::toHolder));
  }

  private static Optional<HolderEntity> findHolder(EntityManager em, String name) {
    return single(
        em.createQuery("SELECT h FROM HolderEntity h WHERE h.name = :n", HolderEntity.class)
            .setParameter("n", name));
  }

  /** The holder row for {@code h}: created, or updated (and audited) if its details changed. */
  private static HolderEntity upsertHolder(Tx t, Holder h) {
    Optional<HolderEntity> found = findHolder(t.em, h.name());
    if (found.isEmpty()) {
      HolderEntity e = new HolderEntity();
      CertificateMapper.copy(h, e);
      t.em.persist(e);
      t.audit("HOLDER_RECORDED", "HOLDER", h.name(), "", holderState(h));
      return e;
    }
    HolderEntity e = found.get();
    Holder before = CertificateMapper.toHolder(e);
    if (!before.equals(h)) {
      CertificateMapper.copy(h, e);
      t.audit("HOLDER_UPDATED", "HOLDER", h.name(), holderState(before), holderState(h));
    }
    return e;
  }

  private static String holderState(Holder h) {
    return state(
        "address", h.address(),
        "contact", h.contact(),
        "supplementaryInfoUrl", h.supplementaryInfoUrl(),
        "vulnerabilityContact", h.vulnerabilityContact());
  }

  // ---------------------------------------------------------------- counters

  @Override
  public long nextCertificateNumber(BodyId body, String series, Actor actor) {
    checkNotNull(body, "body");
    checkCounterName(series);
    return counter(body, "certificate:" + series, "CERTIFICATE_NUMBER_ALLOCATED", actor);
  }

  @Override
  public long nextPublicationSequence(BodyId publisher, String list, Actor actor) {
    checkNotNull(publisher, "publisher");
    checkCounterName(list);
    return counter(publisher, "publication:" + list, "PUBLICATION_SEQUENCE_ALLOCATED", actor);
  }

  @Override
  public long lastPublicationSequence(BodyId publisher, String list) {
    checkNotNull(publisher, "publisher");
    checkCounterName(list);
    return read(
        em -> {
          List<?> rows =
              em.createNativeQuery(
                      "SELECT last_value FROM eu_counter WHERE owner_id = ?1 AND counter_name = ?2")
                  .setParameter(1, publisher.value())
                  .setParameter(2, "publication:" + list)
                  .getResultList();
          return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
        });
  }

  private static void checkCounterName(String name) {
    checkNotNull(name, "name");
    checkArgument(
        name.matches("[A-Za-z0-9._-]{1,100}"),
        "a series or list name is 1 to 100 of [A-Za-z0-9._-]: '%s'",
        name);
  }

  /**
   * Allocates the next value of a counter with one atomic UPDATE (the row stays locked until the
   * transaction ends, so concurrent callers, also in other processes, get distinct values). The
   * first allocation inserts the row; two first allocations racing make one fail on the primary
   * key, and that one is retried.
   */
  private long counter(BodyId owner, String name, String action, Actor actor) {
    ConcurrentUpdateException last = null;
    for (int attempt = 0; attempt < COUNTER_ATTEMPTS; attempt++) {
      try {
        return write(
            actor,
            concurrent("counter " + owner + "/" + name),
            t -> {
              requireBody(t.em, owner);
              int updated =
                  t.em
                      .createNativeQuery(
                          "UPDATE eu_counter SET last_value = last_value + 1"
                              + " WHERE owner_id = ?1 AND counter_name = ?2")
                      .setParameter(1, owner.value())
                      .setParameter(2, name)
                      .executeUpdate();
              long value;
              if (updated == 0) {
                t.em
                    .createNativeQuery(
                        "INSERT INTO eu_counter (owner_id, counter_name, last_value)"
                            + " VALUES (?1, ?2, 1)")
                    .setParameter(1, owner.value())
                    .setParameter(2, name)
                    .executeUpdate();
                value = 1;
              } else {
                value =
                    ((Number)
                            t.em
                                .createNativeQuery(
                                    "SELECT last_value FROM eu_counter"
                                        + " WHERE owner_id = ?1 AND counter_name = ?2")
                                .setParameter(1, owner.value())
                                .setParameter(2, name)
                                .getSingleResult())
                        .longValue();
              }
              t.audit(
                  action, "COUNTER", owner + "/" + name, state("last", value - 1), state("last", value));
              return value;
            });
      } catch (ConcurrentUpdateException e) {
        last = e;
      }
    }
    throw last;
  }

  // ---------------------------------------------------------------- certificates

  @Override
  public CertificateRecord recordIssued(IssuedCertificate certificate, Actor actor) {
    checkNotNull(certificate, "certificate");
    return write(
        actor,
        concurrent("certificate " + certificate.content().id()),
        t -> insertIssued(t, certificate));
  }

  @Override
  public int importIssued(List<IssuedCertificate> batch, Actor actor) {
    checkNotNull(batch, "batch");
    List<IssuedCertificate> copy = List.copyOf(batch);
    checkArgument(!copy.isEmpty(), "empty batch");
    return write(
        actor,
        concurrent("a certificate of the batch"),
        t -> {
          int n = 0;
          for (IssuedCertificate ic : copy) {
            insertIssued(t, ic);
            if (++n % 200 == 0) {
              t.em.flush();
              t.em.clear(); // keeps the persistence context small; nothing is read back from it
            }
          }
          return n;
        });
  }

  @Override
  public int importExported(List<ExportedCertificate> certificates, Actor actor) {
    checkNotNull(certificates, "certificates");
    List<ExportedCertificate> copy = List.copyOf(certificates);
    checkArgument(!copy.isEmpty(), "nothing to import");
    Map<CertificateId, CertificateContent> contents = new HashMap<>();
    for (ExportedCertificate x : copy) {
      CertificateContent c = x.certificate().content();
      if (contents.put(c.id(), c) != null) {
        throw new ImportRefusedException(
            Problem.IMPORTED_DUPLICATE_IN_DOCUMENT, c.id(), "it comes twice in the import");
      }
    }
    return write(
        actor,
        concurrent("a certificate of the import"),
        t -> {
          int n = 0;
          for (ExportedCertificate x : copy) {
            importOne(t, x, contents);
            if (++n % 200 == 0) {
              t.em.flush();
              t.em.clear(); // keeps the persistence context small
            }
          }
          return n;
        });
  }

  private void importOne(
      Tx t, ExportedCertificate x, Map<CertificateId, CertificateContent> contents) {
    CertificateContent c = x.certificate().content();
    CertificateId id = c.id();
    if (findCertificate(t.em, id).isPresent()) {
      throw new ImportRefusedException(
          Problem.IMPORTED_DUPLICATE,
          id,
          "this registry already holds a certificate with that identifier");
    }
    if (findBody(t.em, c.issuer().id()).isEmpty()) {
      throw new ImportRefusedException(
          Problem.IMPORTED_ISSUER_UNKNOWN,
          id,
          "its issuer " + c.issuer().id() + " is not enrolled in this registry; enrol it first");
    }
    Set<CertificateLink> expected = new HashSet<>();
    c.predecessor()
        .ifPresent(p -> expected.add(new CertificateLink(id, CertificateLink.Kind.PREDECESSOR, p)));
    c.underlying()
        .ifPresent(u -> expected.add(new CertificateLink(id, CertificateLink.Kind.UNDERLYING, u)));
    if (!expected.equals(new HashSet<>(x.links())) || x.links().size() != expected.size()) {
      throw new ImportRefusedException(
          Problem.IMPORTED_LINK_MISMATCH,
          id,
          "the exported links " + x.links() + " differ from those its content names " + expected);
    }
    CertificateRecord current = insertIssued(t, x.certificate());
    checkReplayed(id, x.events().get(0), current.latestEvent());
    CertificateEntity e = requireCertificate(t.em, id);
    for (int i = 1; i < x.events().size(); i++) {
      CertificateEvent ev = x.events().get(i);
      Lifecycle.NewEvent replayed;
      String action;
      try {
        switch (ev.kind()) {
          case SUSPENDED -> {
            replayed =
                Lifecycle.suspend(
                    current,
                    new Suspension(
                        ev.decidedAt(),
                        required(id, ev, ev.plannedUntil(), "planned end"),
                        required(id, ev, ev.text(), "reason")));
            action = "CERTIFICATE_SUSPENDED";
          }
          case SUSPENSION_EXTENDED -> {
            replayed =
                Lifecycle.extend(
                    current,
                    new SuspensionExtension(
                        ev.decidedAt(),
                        required(id, ev, ev.plannedUntil(), "planned end"),
                        required(id, ev, ev.decisionReference(), "NCCA reference")));
            action = "SUSPENSION_EXTENDED";
          }
          case REINSTATED -> {
            replayed =
                Lifecycle.reinstate(
                    current,
                    new Reinstatement(ev.effectiveAt(), required(id, ev, ev.text(), "reason")));
            action = "CERTIFICATE_REINSTATED";
          }
          case WITHDRAWN -> {
            Withdrawal w =
                new Withdrawal(
                    ev.effectiveAt(),
                    required(id, ev, ev.reason(), "reason"),
                    required(id, ev, ev.text(), "text"));
            action = "CERTIFICATE_WITHDRAWN";
            Optional<CertificateContent> successor = ev.related().map(contents::get);
            if (successor.isPresent()) {
              boolean sameScope = Lifecycle.scopeDigest(successor.get()).equals(e.scopeSha256);
              Lifecycle.checkSuccessor(current, e.scopeSha256, successor.get(), sameScope);
              action = sameScope ? "REVIEW_REISSUED_SAME_SCOPE" : "REVIEW_REISSUED_NEW_SCOPE";
            }
            replayed = Lifecycle.withdraw(current, w, ev.related());
          }
          case REVIEW_CONFIRMED -> {
            replayed =
                Lifecycle.confirm(
                    current,
                    new ReviewOutcome.Confirmed(
                        ev.decidedAt(), required(id, ev, ev.decisionReference(), "report")));
            action = "REVIEW_CONFIRMED";
          }
          default ->
              throw new ImportRefusedException(
                  Problem.IMPORTED_EVENT_MISMATCH,
                  id,
                  "event " + ev.seq() + " is a second " + ev.kind() + " event");
        }
      } catch (ImportRefusedException r) {
        throw r;
      } catch (RegistryException r) {
        throw new ImportRefusedException(
            Problem.IMPORTED_EVENT_REFUSED,
            id,
            "event " + ev.seq() + " (" + ev.kind() + ") is refused: " + r.getMessage(),
            r);
      } catch (IllegalArgumentException | NullPointerException r) {
        throw new ImportRefusedException(
            Problem.IMPORTED_EVENT_MISMATCH,
            id,
            "event " + ev.seq() + " (" + ev.kind() + ") cannot be replayed: " + r.getMessage(),
            r);
      }
      current = append(t, e, current, replayed, action);
      checkReplayed(id, ev, current.latestEvent());
    }
  }

  private static <T> T required(
      CertificateId id, CertificateEvent ev, Optional<T> value, String what) {
    return value.orElseThrow(
        () ->
            new ImportRefusedException(
                Problem.IMPORTED_EVENT_MISMATCH,
                id,
                "event " + ev.seq() + " (" + ev.kind() + ") has no " + what));
  }

  /** The replayed event must be the exported one, apart from when and by whom it was recorded. */
  private static void checkReplayed(CertificateId id, CertificateEvent exported, CertificateEvent got) {
    List<String> diffs = new ArrayList<>();
    diff(diffs, "seq", exported.seq(), got.seq());
    diff(diffs, "kind", exported.kind(), got.kind());
    diff(diffs, "status", exported.status(), got.status());
    diff(diffs, "effectiveAt", exported.effectiveAt(), got.effectiveAt());
    diff(diffs, "decidedAt", exported.decidedAt(), got.decidedAt());
    diff(diffs, "reason", exported.reason(), got.reason());
    diff(diffs, "text", exported.text(), got.text());
    diff(diffs, "plannedUntil", exported.plannedUntil(), got.plannedUntil());
    diff(diffs, "decisionReference", exported.decisionReference(), got.decisionReference());
    diff(diffs, "related", exported.related(), got.related());
    if (!diffs.isEmpty()) {
      throw new ImportRefusedException(
          Problem.IMPORTED_EVENT_MISMATCH,
          id,
          "event "
              + exported.seq()
              + " ("
              + exported.kind()
              + ") replays differently from the export: "
              + String.join("; ", diffs));
    }
  }

  private static void diff(List<String> diffs, String what, Object exported, Object replayed) {
    if (!exported.equals(replayed)) {
      diffs.add(what + " exported " + exported + ", replayed " + replayed);
    }
  }

  /**
   * Inserts an issued certificate: row, documents, first event, links. A duplicate identifier is
   * found by a query first (a definite answer); a unique violation after that can only come from
   * a concurrent insert and is reported as a concurrent update, to be retried.
   */
  private CertificateRecord insertIssued(Tx t, IssuedCertificate ic) {
    CertificateContent c = ic.content();
    if (findCertificate(t.em, c.id()).isPresent()) {
      throw new DuplicateCertificateNumberException(
          "certificate " + c.id() + " is already in the registry; allocate another number");
    }
    BodyEntity issuer = requireBody(t.em, c.issuer().id());
    HolderEntity holder = upsertHolder(t, c.holder());
    // no relationships are mapped, so EclipseLink cannot order inserts by foreign key: each
    // referenced row is flushed before the rows that reference it
    t.em.flush();
    CertificateEntity e =
        CertificateMapper.toEntity(
            c, holder.id, MemberState.valueOf(issuer.memberState), t.nowUs);
    t.em.persist(e);
    t.em.flush();
    CertificateDocumentEntity d = new CertificateDocumentEntity();
    d.certificatePk = e.id;
    d.contentDocument = ic.contentDocument().toByteArray();
    d.contentSha256 = Columns.sha256(d.contentDocument);
    d.signedEnvelope = ic.signedEnvelope().toByteArray();
    d.signedSha256 = Columns.sha256(d.signedEnvelope);
    t.em.persist(d);
    Lifecycle.NewEvent issued =
        new Lifecycle.NewEvent(
            CertificateEventKind.ISSUED,
            CertificateStatus.IN_FORCE,
            c.issuedAt(),
            c.issuedAt(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    CertificateEventEntity ev = CertificateMapper.toEntity(e.id, 1, issued, t.nowUs, t.actor);
    t.em.persist(ev);
    c.predecessor()
        .ifPresent(
            p ->
                t.em.persist(
                    new CertificateLinkEntity(
                        c.id().value(), CertificateLink.Kind.PREDECESSOR.name(), p.value(), t.nowUs)));
    c.underlying()
        .ifPresent(
            u ->
                t.em.persist(
                    new CertificateLinkEntity(
                        c.id().value(), CertificateLink.Kind.UNDERLYING.name(), u.value(), t.nowUs)));
    t.audit(
        "CERTIFICATE_ISSUED",
        CERTIFICATE,
        c.id().value(),
        "",
        state(
            "status", CertificateStatus.IN_FORCE,
            "issuedAt", c.issuedAt(),
            "validUntil", c.validUntil(),
            "issuer", c.issuer().id(),
            "holder", c.holder().name(),
            "product", c.object().name(),
            "level", c.assuranceLevel(),
            "predecessor", c.predecessor(),
            "underlying", c.underlying(),
            "content_sha256", d.contentSha256,
            "signed_sha256", d.signedSha256));
    return CertificateMapper.toRecord(e, holder, List.of(ev));
  }

  @Override
  public CertificateRecord suspend(CertificateId id, Suspension suspension, Actor actor) {
    checkNotNull(suspension, "suspension");
    return change(id, actor, "CERTIFICATE_SUSPENDED", r -> Lifecycle.suspend(r, suspension));
  }

  @Override
  public CertificateRecord extendSuspension(
      CertificateId id, SuspensionExtension extension, Actor actor) {
    checkNotNull(extension, "extension");
    return change(id, actor, "SUSPENSION_EXTENDED", r -> Lifecycle.extend(r, extension));
  }

  @Override
  public CertificateRecord reinstate(CertificateId id, Reinstatement reinstatement, Actor actor) {
    checkNotNull(reinstatement, "reinstatement");
    return change(id, actor, "CERTIFICATE_REINSTATED", r -> Lifecycle.reinstate(r, reinstatement));
  }

  @Override
  public CertificateRecord withdraw(CertificateId id, Withdrawal withdrawal, Actor actor) {
    checkNotNull(withdrawal, "withdrawal");
    return change(
        id, actor, "CERTIFICATE_WITHDRAWN", r -> Lifecycle.withdraw(r, withdrawal, Optional.empty()));
  }

  private CertificateRecord change(
      CertificateId id,
      Actor actor,
      String action,
      Function<CertificateRecord, Lifecycle.NewEvent> rule) {
    checkNotNull(id, "id");
    return write(
        actor,
        concurrent("certificate " + id),
        t -> {
          CertificateEntity e = requireCertificate(t.em, id);
          CertificateRecord before = record(t.em, e);
          return append(t, e, before, rule.apply(before), action);
        });
  }

  /** Appends an event and bumps the certificate's version: the optimistic lock. */
  private static CertificateRecord append(
      Tx t, CertificateEntity e, CertificateRecord before, Lifecycle.NewEvent n, String action) {
    int seq = before.events().size() + 1;
    CertificateEventEntity ev = CertificateMapper.toEntity(e.id, seq, n, t.nowUs, t.actor);
    t.em.persist(ev);
    String beforeState =
        state(
            "status", e.status,
            "from", Columns.instant(e.statusFromUs),
            "events", e.eventCount);
    if (n.kind().changesStatus()) {
      e.status = n.status().name();
      e.statusFromUs = ev.effectiveUs;
    }
    e.eventCount = seq;
    t.audit(
        action,
        CERTIFICATE,
        e.certificateId,
        beforeState,
        state(
            "status", e.status,
            "from", Columns.instant(e.statusFromUs),
            "events", e.eventCount,
            "event", n.kind(),
            "effectiveAt", n.effectiveAt(),
            "decidedAt", n.decidedAt(),
            "reason", n.reason(),
            "text", n.text(),
            "plannedUntil", n.plannedUntil(),
            "decisionReference", n.decisionReference(),
            "related", n.related()));
    t.em.flush(); // the version column moves here: the record below carries the new version
    return new CertificateRecord(
        CertificateMapper.toSummary(e),
        before.holder(),
        concat(before.events(), CertificateMapper.toEvent(ev)));
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return out;
  }

  @Override
  public ReviewResult review(CertificateId id, ReviewOutcome outcome, Actor actor) {
    checkNotNull(id, "id");
    checkNotNull(outcome, "outcome");
    return write(
        actor,
        concurrent("certificate " + id),
        t -> {
          CertificateEntity e = requireCertificate(t.em, id);
          CertificateRecord before = record(t.em, e);
          if (outcome instanceof ReviewOutcome.Confirmed c) {
            return new ReviewResult(
                append(t, e, before, Lifecycle.confirm(before, c), "REVIEW_CONFIRMED"),
                Optional.empty());
          }
          if (outcome instanceof ReviewOutcome.Withdrawn w) {
            return new ReviewResult(
                append(
                    t,
                    e,
                    before,
                    Lifecycle.withdraw(before, w.withdrawal(), Optional.empty()),
                    "REVIEW_WITHDRAWN"),
                Optional.empty());
          }
          IssuedCertificate successor;
          boolean sameScope;
          if (outcome instanceof ReviewOutcome.ReissuedSameScope r) {
            successor = r.successor();
            sameScope = true;
          } else {
            successor = ((ReviewOutcome.ReissuedNewScope) outcome).successor();
            sameScope = false;
          }
          Lifecycle.checkSuccessor(before, e.scopeSha256, successor.content(), sameScope);
          CertificateId next = successor.content().id();
          Withdrawal w =
              new Withdrawal(
                  outcome.decidedAt(),
                  WithdrawalReason.REPLACED_BY_REVIEW,
                  "EUCC Art 13(2)("
                      + (sameScope ? "c" : "d")
                      + "): replaced by "
                      + next);
          CertificateRecord reviewed =
              append(
                  t,
                  e,
                  before,
                  Lifecycle.withdraw(before, w, Optional.of(next)),
                  sameScope ? "REVIEW_REISSUED_SAME_SCOPE" : "REVIEW_REISSUED_NEW_SCOPE");
          return new ReviewResult(reviewed, Optional.of(insertIssued(t, successor)));
        });
  }

  @Override
  public Optional<CertificateRecord> certificate(CertificateId id) {
    checkNotNull(id, "id");
    return read(em -> findCertificate(em, id).map(e -> record(em, e)));
  }

  @Override
  public Optional<CertificateDocuments> documents(CertificateId id) {
    checkNotNull(id, "id");
    return read(
        em ->
            findCertificate(em, id)
                .map(e -> em.find(CertificateDocumentEntity.class, e.id))
                .map(
                    d ->
                        new CertificateDocuments(
                            id,
                            Bytes.copyOf(d.contentDocument),
                            Bytes.copyOf(d.signedEnvelope))));
  }

  @Override
  public Optional<CertificateStatus> statusAt(CertificateId id, Instant at) {
    checkNotNull(at, "at");
    return certificate(id).flatMap(r -> r.statusAt(at));
  }

  @Override
  public Page<CertificateSummary> certificates(CertificateQuery query, PageRequest page) {
    checkNotNull(query, "query");
    checkNotNull(page, "page");
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    query.holderName().ifPresent(v -> cond(where, params, "c.holderName = :holder", "holder", v));
    query.productName().ifPresent(v -> cond(where, params, "c.productName = :product", "product", v));
    query.scheme().ifPresent(v -> cond(where, params, "c.schemeId = :scheme", "scheme", v.value()));
    query.level().ifPresent(v -> cond(where, params, "c.assuranceLevel = :level", "level", v.name()));
    query.issuer().ifPresent(v -> cond(where, params, "c.issuerId = :issuer", "issuer", v.value()));
    query.memberState().ifPresent(v -> cond(where, params, "c.memberState = :ms", "ms", v.name()));
    query.validUntilFrom().ifPresent(v -> cond(where, params, "c.validUntil >= :vf", "vf", v));
    query.validUntilTo().ifPresent(v -> cond(where, params, "c.validUntil <= :vt", "vt", v));
    query
        .statusAt()
        .ifPresent(
            at -> {
              params.put("t", Columns.micros(at));
              List<String> any = new ArrayList<>();
              for (CertificateStatus s : query.statuses()) {
                any.add(statusClause(s, params));
              }
              where.add("c.issuedUs <= :t AND (" + String.join(" OR ", any) + ")");
            });
    page.after().ifPresent(a -> cond(where, params, "c.certificateId > :after", "after", a));
    String jpql =
        "SELECT c FROM CertificateEntity c"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY c.certificateId";
    return read(
        em -> {
          TypedQuery<CertificateEntity> q = em.createQuery(jpql, CertificateEntity.class);
          params.forEach(q::setParameter);
          List<CertificateEntity> rows = q.setMaxResults(page.limit() + 1).getResultList();
          return page(rows, page, CertificateMapper::toSummary, s -> s.id().value());
        });
  }

  private static void cond(List<String> where, Map<String, Object> params, String c, String p, Object v) {
    where.add(c);
    params.put(p, v);
  }

  /**
   * The status at :t in JPQL: the stored status is that of the newest event effective at or
   * before :t; WITHDRAWN wins over expiry; otherwise at or after the validity end it is EXPIRED.
   */
  private static String statusClause(CertificateStatus s, Map<String, Object> params) {
    String latest =
        "EXISTS (SELECT e FROM CertificateEventEntity e WHERE e.certificatePk = c.id"
            + " AND e.status = :st_%1$s AND e.seq = (SELECT MAX(e2.seq) FROM"
            + " CertificateEventEntity e2 WHERE e2.certificatePk = c.id AND e2.effectiveUs <= :t))";
    switch (s) {
      case WITHDRAWN:
        params.put("st_WITHDRAWN", "WITHDRAWN");
        return String.format(java.util.Locale.ROOT, latest, "WITHDRAWN");
      case EXPIRED:
        params.put("st_WITHDRAWN", "WITHDRAWN");
        return "(c.validEndUs <= :t AND NOT "
            + String.format(java.util.Locale.ROOT, latest, "WITHDRAWN")
            + ")";
      default:
        params.put("st_" + s.name(), s.name());
        return "(c.validEndUs > :t AND "
            + String.format(java.util.Locale.ROOT, latest, s.name())
            + ")";
    }
  }

  @Override
  public List<CertificateLink> links(CertificateId id) {
    checkNotNull(id, "id");
    return read(
        em ->
            em
                .createQuery(
                    "SELECT l FROM CertificateLinkEntity l WHERE l.fromId = :id OR l.toId = :id"
                        + " ORDER BY l.fromId, l.kind, l.toId",
                    CertificateLinkEntity.class)
                .setParameter("id", id.value())
                .getResultList()
                .stream()
                .map(
                    l ->
                        new CertificateLink(
                            CertificateId.of(l.fromId),
                            CertificateLink.Kind.valueOf(l.kind),
                            CertificateId.of(l.toId)))
                .toList());
  }

  private static Optional<CertificateEntity> findCertificate(EntityManager em, CertificateId id) {
    return single(
        em.createQuery(
                "SELECT c FROM CertificateEntity c WHERE c.certificateId = :id",
                CertificateEntity.class)
            .setParameter("id", id.value()));
  }

  private static CertificateEntity requireCertificate(EntityManager em, CertificateId id) {
    return findCertificate(em, id).orElseThrow(() -> notFound("certificate " + id));
  }

  private static CertificateRecord record(EntityManager em, CertificateEntity e) {
    List<CertificateEventEntity> events =
        em.createQuery(
                "SELECT e FROM CertificateEventEntity e WHERE e.certificatePk = :pk ORDER BY e.seq",
                CertificateEventEntity.class)
            .setParameter("pk", e.id)
            .getResultList();
    HolderEntity holder = em.find(HolderEntity.class, e.holderId);
    return CertificateMapper.toRecord(e, holder, events);
  }

  // ---------------------------------------------------------------- statements

  @Override
  public void recordStatement(
      StatementOfConformity statement, Bytes document, Optional<Bytes> signedEnvelope, Actor actor) {
    checkNotNull(statement, "statement");
    checkNotNull(document, "document");
    checkNotNull(signedEnvelope, "signedEnvelope");
    checkArgument(document.size() > 0, "empty statement document");
    write(
        actor,
        concurrent("statement " + statement.id()),
        t -> {
          if (findStatement(t.em, statement.id()).isPresent()) {
            throw new DuplicateCertificateNumberException(
                "statement " + statement.id() + " is already in the registry");
          }
          HolderEntity holder = upsertHolder(t, statement.manufacturer());
          t.em.flush();
          StatementEntity e = new StatementEntity();
          e.statementId = statement.id().value();
          e.schemeId = statement.scheme().value();
          e.schemeVersion = statement.schemeVersion();
          e.holderId = holder.id;
          e.productName = statement.object().name();
          e.issuedUs = Columns.micros(statement.issuedAt());
          e.availableUntil = statement.documentationAvailableUntil();
          e.sentNccaUs = Columns.micros(statement.copySentToNcca());
          e.sentEnisaUs = Columns.micros(statement.copySentToEnisa());
          e.document = document.toByteArray();
          e.signedEnvelope = signedEnvelope.map(Bytes::toByteArray).orElse(null);
          e.recordedUs = t.nowUs;
          t.em.persist(e);
          t.audit(
              "STATEMENT_RECORDED",
              "STATEMENT",
              e.statementId,
              "",
              state(
                  "scheme", e.schemeId,
                  "manufacturer", statement.manufacturer().name(),
                  "product", e.productName,
                  "issuedAt", statement.issuedAt(),
                  "document_sha256", Columns.sha256(e.document),
                  "signed_sha256", signedEnvelope.map(b -> Columns.sha256(b.toByteArray()))));
          return null;
        });
  }

  private static Optional<StatementEntity> findStatement(EntityManager em, CertificateId id) {
    return single(
        em.createQuery(
                "SELECT s FROM StatementEntity s WHERE s.statementId = :id", StatementEntity.class)
            .setParameter("id", id.value()));
  }

  @Override
  public Optional<StoredStatement> statement(CertificateId id) {
    checkNotNull(id, "id");
    return read(
        em ->
            findStatement(em, id)
                .map(
                    e ->
                        new StoredStatement(
                            id,
                            SchemeId.of(e.schemeId),
                            e.schemeVersion,
                            em.find(HolderEntity.class, e.holderId).name,
                            e.productName,
                            Columns.instant(e.issuedUs),
                            e.availableUntil,
                            Columns.instant(e.sentNccaUs),
                            Columns.instant(e.sentEnisaUs),
                            Bytes.copyOf(e.document),
                            Optional.ofNullable(e.signedEnvelope).map(Bytes::copyOf))));
  }

  // ---------------------------------------------------------------- audit

  @Override
  public AuditHead auditHead() {
    return read(JpaRegistry::head);
  }

  private static AuditHead head(EntityManager em) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT last_seq, last_hash FROM eu_audit_head WHERE id = 1")
                .getSingleResult();
    return new AuditHead(((Number) row[0]).longValue(), (String) row[1]);
  }

  @Override
  public AuditVerification verifyAudit() {
    return read(
        em -> {
          AuditHead head = head(em);
          long expected = 1;
          String prev = AuditChain.GENESIS;
          long checked = 0;
          while (true) {
            List<AuditEventEntity> batch =
                em.createQuery(
                        "SELECT a FROM AuditEventEntity a WHERE a.seq >= :s ORDER BY a.seq",
                        AuditEventEntity.class)
                    .setParameter("s", expected)
                    .setMaxResults(1000)
                    .getResultList();
            if (batch.isEmpty()) {
              break;
            }
            for (AuditEventEntity a : batch) {
              AuditVerification.Problem problem = null;
              if (a.seq != expected) {
                problem = AuditVerification.Problem.SEQUENCE_GAP;
              } else if (!a.prevHash.equals(prev)) {
                problem = AuditVerification.Problem.PREVIOUS_HASH_MISMATCH;
              } else if (!AuditChain.hashOf(toAuditEvent(a)).equals(a.hash)) {
                problem = AuditVerification.Problem.HASH_MISMATCH;
              }
              if (problem != null) {
                return new AuditVerification(
                    checked, head, Optional.of(new AuditVerification.Break(expected, problem)));
              }
              checked++;
              expected++;
              prev = a.hash;
            }
            em.clear();
          }
          if (head.seq() != checked || !head.hash().equals(prev)) {
            return new AuditVerification(
                checked,
                head,
                Optional.of(
                    new AuditVerification.Break(
                        head.seq(), AuditVerification.Problem.HEAD_MISMATCH)));
          }
          return new AuditVerification(checked, head, Optional.empty());
        });
  }

  private static AuditEvent toAuditEvent(AuditEventEntity a) {
    return new AuditEvent(
        a.seq,
        Columns.instant(a.recordedUs),
        Actor.of(a.actor),
        a.action,
        a.subjectKind,
        a.subjectId,
        a.beforeState,
        a.afterState,
        a.prevHash,
        a.hash);
  }

  @Override
  public Page<AuditEvent> auditEvents(PageRequest page) {
    checkNotNull(page, "page");
    long after = page.after().map(Long::parseLong).orElse(0L);
    return read(
        em -> {
          List<AuditEventEntity> rows =
              em.createQuery(
                      "SELECT a FROM AuditEventEntity a WHERE a.seq > :s ORDER BY a.seq",
                      AuditEventEntity.class)
                  .setParameter("s", after)
                  .setMaxResults(page.limit() + 1)
                  .getResultList();
          return page(rows, page, JpaRegistry::toAuditEvent, e -> Long.toString(e.seq()));
        });
  }

  // ---------------------------------------------------------------- builder

  /**
   * Opens a {@link JpaRegistry}. Not thread-safe.
   *
   * <p>Example: {@code JpaRegistry.builder().embedded(home).clock(clock).open()} for the embedded
   * H2 registry, or {@code .jdbcUrl("jdbc:postgresql://db/eucert").user("eucert").password(pw)}.
   */
  public static final class Builder {
    private String jdbcUrl;
    private String user = "";
    private String password = "";
    private Clock clock;

    private Builder() {}

    /** The database: any JDBC URL whose driver is on the class path. */
    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = checkNotNull(jdbcUrl, "jdbcUrl");
      return this;
    }

    /** The embedded H2 database under a eucert home ({@link #embeddedUrl(Path)}). */
    public Builder embedded(Path home) {
      return jdbcUrl(embeddedUrl(home));
    }

    /** The database user; empty by default. */
    public Builder user(String user) {
      this.user = checkNotNull(user, "user");
      return this;
    }

    /** The database password; empty by default. Never logged. */
    public Builder password(String password) {
      this.password = checkNotNull(password, "password");
      return this;
    }

    /** The clock that stamps recording times (audit entries, events). Required. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * Migrates the schema and opens the registry.
     *
     * @throws org.eucert.core.registry.SchemaTooNewException if the database has a newer schema
     * @throws org.eucert.core.registry.RegistryUnavailableException if it cannot be reached or the
     *     embedded database is in use by another process
     */
    public JpaRegistry open() {
      checkState(jdbcUrl != null, "set jdbcUrl or embedded home");
      checkState(clock != null, "set the clock");
      String version;
      try {
        version = Migrations.migrate(jdbcUrl, user, password);
      } catch (RuntimeException e) {
        throw Translator.translate(e);
      }
      Map<String, Object> props = new HashMap<>();
      props.put("jakarta.persistence.jdbc.url", jdbcUrl);
      props.put("jakarta.persistence.jdbc.user", user);
      props.put("jakarta.persistence.jdbc.password", password);
      driverFor(jdbcUrl).ifPresent(d -> props.put("jakarta.persistence.jdbc.driver", d));
      EntityManagerFactory emf;
      try {
        emf =
            new org.eclipse.persistence.jpa.PersistenceProvider()
                .createEntityManagerFactory(UNIT, props);
        checkState(emf != null, "persistence unit %s not found", UNIT);
        emf.createEntityManager().close();
      } catch (RuntimeException e) {
        throw Translator.translate(e);
      }
      log.debug("registry opened at schema version {}", version);
      return new JpaRegistry(emf, clock, version);
    }

    private static Optional<String> driverFor(String url) {
      if (url.startsWith("jdbc:h2:")) {
        return Optional.of("org.h2.Driver");
      }
      if (url.startsWith("jdbc:postgresql:")) {
        return Optional.of("org.postgresql.Driver");
      }
      return Optional.empty();
    }
  }
}
