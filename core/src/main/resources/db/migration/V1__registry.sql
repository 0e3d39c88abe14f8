-- Copyright 2026 The eucert Authors
-- SPDX-License-Identifier: Apache-2.0
--
-- eucert registry, schema version 1. The same SQL runs on H2 2.x and PostgreSQL 13+: only
-- BIGINT, INTEGER, BOOLEAN, DATE, VARCHAR(n) and BYTEA, no identity columns, no triggers.
-- Instants are BIGINT microseconds since 1970-01-01T00:00:00Z (columns named *_us): exact at the
-- library's precision on both databases and independent of any session time zone. Dates of law
-- (validity ends) are DATE, read in Europe/Brussels. Surrogate keys come from eu_id_generator.
-- Rows of eu_audit_event and eu_certificate_event are only ever inserted.

CREATE TABLE eu_id_generator (
  gen_name   VARCHAR(64) NOT NULL,
  gen_value  BIGINT      NOT NULL,
  CONSTRAINT pk_eu_id_generator PRIMARY KEY (gen_name)
);
INSERT INTO eu_id_generator (gen_name, gen_value) VALUES ('eu_id', 0);

-- per-owner counters: certificate numbers per body and series, publication sequence numbers
CREATE TABLE eu_counter (
  owner_id     VARCHAR(64)  NOT NULL,
  counter_name VARCHAR(128) NOT NULL,
  last_value   BIGINT       NOT NULL,
  CONSTRAINT pk_eu_counter PRIMARY KEY (owner_id, counter_name)
);

-- the status time lines of scheme versions, accreditations, notifications, authorisations,
-- delegations and approvals: owner_kind names the table, owner_id its row
CREATE TABLE eu_status_entry (
  id          BIGINT      NOT NULL,
  owner_kind  VARCHAR(32) NOT NULL,
  owner_id    BIGINT      NOT NULL,
  seq         INTEGER     NOT NULL,
  status      VARCHAR(32) NOT NULL,
  from_us     BIGINT      NOT NULL,
  CONSTRAINT pk_eu_status_entry PRIMARY KEY (id),
  CONSTRAINT uq_eu_status_entry UNIQUE (owner_kind, owner_id, seq)
);

CREATE TABLE eu_scheme_version (
  id           BIGINT       NOT NULL,
  scheme_id    VARCHAR(32)  NOT NULL,
  version      VARCHAR(32)  NOT NULL,
  title        VARCHAR(512) NOT NULL,
  document     BYTEA        NOT NULL,
  recorded_us  BIGINT       NOT NULL,
  row_version  BIGINT       NOT NULL,
  CONSTRAINT pk_eu_scheme_version PRIMARY KEY (id),
  CONSTRAINT uq_eu_scheme_version UNIQUE (scheme_id, version)
);

CREATE TABLE eu_body (
  id                   BIGINT       NOT NULL,
  body_id              VARCHAR(64)  NOT NULL,
  role                 VARCHAR(32)  NOT NULL,
  name                 VARCHAR(512) NOT NULL,
  member_state         VARCHAR(2)   NOT NULL,
  notified_body_number VARCHAR(64),
  supervising_ncca     VARCHAR(64),
  public_body          BOOLEAN      NOT NULL,
  address              VARCHAR(1024),
  contact              VARCHAR(512),
  recorded_us          BIGINT       NOT NULL,
  row_version          BIGINT       NOT NULL,
  CONSTRAINT pk_eu_body PRIMARY KEY (id),
  CONSTRAINT uq_eu_body UNIQUE (body_id)
);
CREATE INDEX ix_eu_body_member_state ON eu_body (member_state, body_id);

-- set-valued columns (*_set) hold their values one per line, sorted
CREATE TABLE eu_accreditation (
  id                  BIGINT        NOT NULL,
  body_id             VARCHAR(64)   NOT NULL,
  reference           VARCHAR(128)  NOT NULL,
  accreditation_body  VARCHAR(512)  NOT NULL,
  standard            VARCHAR(128)  NOT NULL,
  scheme_set          VARCHAR(1024) NOT NULL,
  category_set        VARCHAR(4000) NOT NULL,
  valid_from          DATE          NOT NULL,
  valid_until         DATE          NOT NULL,
  row_version         BIGINT        NOT NULL,
  CONSTRAINT pk_eu_accreditation PRIMARY KEY (id),
  CONSTRAINT uq_eu_accreditation UNIQUE (body_id, reference)
);

-- scheme_version is '' for a notification not limited to one version
CREATE TABLE eu_notification (
  id                BIGINT       NOT NULL,
  body_id           VARCHAR(64)  NOT NULL,
  scheme_id         VARCHAR(32)  NOT NULL,
  scheme_version    VARCHAR(32)  NOT NULL,
  level_basic       BOOLEAN      NOT NULL,
  level_substantial BOOLEAN      NOT NULL,
  level_high        BOOLEAN      NOT NULL,
  reference         VARCHAR(256),
  row_version       BIGINT       NOT NULL,
  CONSTRAINT pk_eu_notification PRIMARY KEY (id),
  CONSTRAINT uq_eu_notification UNIQUE (body_id, scheme_id, scheme_version)
);
CREATE INDEX ix_eu_notification_scheme ON eu_notification (scheme_id, body_id);

CREATE TABLE eu_authorisation (
  id                 BIGINT        NOT NULL,
  body_id            VARCHAR(64)   NOT NULL,
  ncca_id            VARCHAR(64)   NOT NULL,
  scheme_id          VARCHAR(32)   NOT NULL,
  reference          VARCHAR(128)  NOT NULL,
  category_set       VARCHAR(4000) NOT NULL,
  profile_set        VARCHAR(4000) NOT NULL,
  highest_level      VARCHAR(64),
  domain_set         VARCHAR(4000) NOT NULL,
  valid_from         DATE          NOT NULL,
  valid_until        DATE          NOT NULL,
  row_version        BIGINT        NOT NULL,
  CONSTRAINT pk_eu_authorisation PRIMARY KEY (id),
  CONSTRAINT uq_eu_authorisation UNIQUE (ncca_id, reference)
);
CREATE INDEX ix_eu_authorisation_body ON eu_authorisation (body_id);

CREATE TABLE eu_delegation (
  id            BIGINT        NOT NULL,
  ncca_id       VARCHAR(64)   NOT NULL,
  delegate_id   VARCHAR(64)   NOT NULL,
  scheme_id     VARCHAR(32)   NOT NULL,
  reference     VARCHAR(128)  NOT NULL,
  category_set  VARCHAR(4000) NOT NULL,
  valid_from    DATE          NOT NULL,
  valid_until   DATE,
  row_version   BIGINT        NOT NULL,
  CONSTRAINT pk_eu_delegation PRIMARY KEY (id),
  CONSTRAINT uq_eu_delegation UNIQUE (ncca_id, reference)
);
CREATE INDEX ix_eu_delegation_delegate ON eu_delegation (delegate_id);

CREATE TABLE eu_approval (
  id               BIGINT       NOT NULL,
  kind             VARCHAR(64)  NOT NULL,
  reference        VARCHAR(128) NOT NULL,
  ncca_id          VARCHAR(64)  NOT NULL,
  body_id          VARCHAR(64)  NOT NULL,
  scheme_id        VARCHAR(32)  NOT NULL,
  certificate_id   VARCHAR(80),
  max_valid_until  DATE,
  evaluation_level VARCHAR(64),
  row_version      BIGINT       NOT NULL,
  CONSTRAINT pk_eu_approval PRIMARY KEY (id),
  CONSTRAINT uq_eu_approval UNIQUE (ncca_id, reference)
);
CREATE INDEX ix_eu_approval_body ON eu_approval (body_id);

CREATE TABLE eu_signing_key (
  id              BIGINT       NOT NULL,
  body_id         VARCHAR(64)  NOT NULL,
  key_id          VARCHAR(128) NOT NULL,
  certificate     BYTEA        NOT NULL,
  valid_from_us   BIGINT       NOT NULL,
  valid_until_us  BIGINT,
  compromised_us  BIGINT,
  row_version     BIGINT       NOT NULL,
  CONSTRAINT pk_eu_signing_key PRIMARY KEY (id),
  CONSTRAINT uq_eu_signing_key UNIQUE (key_id)
);
CREATE INDEX ix_eu_signing_key_body ON eu_signing_key (body_id);

CREATE TABLE eu_holder (
  id                    BIGINT        NOT NULL,
  name                  VARCHAR(512)  NOT NULL,
  address               VARCHAR(1024),
  contact               VARCHAR(512),
  supplementary_url     VARCHAR(1024),
  vulnerability_contact VARCHAR(512),
  row_version           BIGINT        NOT NULL,
  CONSTRAINT pk_eu_holder PRIMARY KEY (id),
  CONSTRAINT uq_eu_holder UNIQUE (name)
);

-- one row per certificate: the columns queries need, copied from the content; the documents are
-- in eu_certificate_document, the status events in eu_certificate_event
CREATE TABLE eu_certificate (
  id                BIGINT       NOT NULL,
  certificate_id    VARCHAR(80)  NOT NULL,
  scheme_id         VARCHAR(32)  NOT NULL,
  scheme_version    VARCHAR(32)  NOT NULL,
  issuer_id         VARCHAR(64)  NOT NULL,
  member_state      VARCHAR(2)   NOT NULL,
  holder_id         BIGINT       NOT NULL,
  holder_name       VARCHAR(512) NOT NULL,
  object_type       VARCHAR(32)  NOT NULL,
  product_name      VARCHAR(512) NOT NULL,
  product_type      VARCHAR(512),
  category          VARCHAR(256),
  version_set       VARCHAR(4000) NOT NULL,
  assurance_level   VARCHAR(16)  NOT NULL,
  evaluation_level  VARCHAR(64),
  issued_us         BIGINT       NOT NULL,
  valid_until       DATE         NOT NULL,
  valid_end_us      BIGINT       NOT NULL,
  predecessor_id    VARCHAR(80),
  underlying_id     VARCHAR(80),
  scope_sha256      VARCHAR(64)  NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  status_from_us    BIGINT       NOT NULL,
  event_count       INTEGER      NOT NULL,
  recorded_us       BIGINT       NOT NULL,
  row_version       BIGINT       NOT NULL,
  CONSTRAINT pk_eu_certificate PRIMARY KEY (id),
  CONSTRAINT uq_eu_certificate UNIQUE (certificate_id),
  CONSTRAINT fk_eu_certificate_holder FOREIGN KEY (holder_id) REFERENCES eu_holder (id)
);
CREATE INDEX ix_eu_certificate_holder ON eu_certificate (holder_name, certificate_id);
CREATE INDEX ix_eu_certificate_product ON eu_certificate (product_name, certificate_id);
CREATE INDEX ix_eu_certificate_scheme ON eu_certificate (scheme_id, assurance_level, certificate_id);
CREATE INDEX ix_eu_certificate_level ON eu_certificate (assurance_level, certificate_id);
CREATE INDEX ix_eu_certificate_issuer ON eu_certificate (issuer_id, certificate_id);
CREATE INDEX ix_eu_certificate_member_state ON eu_certificate (member_state, certificate_id);
CREATE INDEX ix_eu_certificate_valid_until ON eu_certificate (valid_until, certificate_id);

CREATE TABLE eu_certificate_document (
  certificate_pk    BIGINT NOT NULL,
  content_document  BYTEA  NOT NULL,
  content_sha256    VARCHAR(64) NOT NULL,
  signed_envelope   BYTEA,
  signed_sha256     VARCHAR(64),
  CONSTRAINT pk_eu_certificate_document PRIMARY KEY (certificate_pk),
  CONSTRAINT fk_eu_certificate_document FOREIGN KEY (certificate_pk) REFERENCES eu_certificate (id)
);

-- kind: ISSUED, SUSPENDED, SUSPENSION_EXTENDED, REINSTATED, WITHDRAWN, REVIEW_CONFIRMED;
-- status is the stored status from effective_us on (EXPIRED is never stored)
CREATE TABLE eu_certificate_event (
  id              BIGINT        NOT NULL,
  certificate_pk  BIGINT        NOT NULL,
  seq             INTEGER       NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  effective_us    BIGINT        NOT NULL,
  decided_us      BIGINT        NOT NULL,
  recorded_us     BIGINT        NOT NULL,
  actor           VARCHAR(256)  NOT NULL,
  reason_code     VARCHAR(64),
  reason_text     VARCHAR(2000),
  planned_until   DATE,
  decision_ref    VARCHAR(256),
  related_id      VARCHAR(80),
  CONSTRAINT pk_eu_certificate_event PRIMARY KEY (id),
  CONSTRAINT uq_eu_certificate_event UNIQUE (certificate_pk, seq),
  CONSTRAINT fk_eu_certificate_event FOREIGN KEY (certificate_pk) REFERENCES eu_certificate (id)
);
CREATE INDEX ix_eu_certificate_event_time ON eu_certificate_event (certificate_pk, effective_us);

-- kind: PREDECESSOR (from replaces to, EUCC Art 13(2)(c)-(d)), UNDERLYING (from is a composite
-- product certified on top of to). The target may be a certificate held elsewhere.
CREATE TABLE eu_certificate_link (
  id           BIGINT      NOT NULL,
  from_id      VARCHAR(80) NOT NULL,
  kind         VARCHAR(16) NOT NULL,
  to_id        VARCHAR(80) NOT NULL,
  recorded_us  BIGINT      NOT NULL,
  CONSTRAINT pk_eu_certificate_link PRIMARY KEY (id),
  CONSTRAINT uq_eu_certificate_link UNIQUE (from_id, kind, to_id)
);
CREATE INDEX ix_eu_certificate_link_to ON eu_certificate_link (to_id, kind);

CREATE TABLE eu_statement (
  id                 BIGINT       NOT NULL,
  statement_id       VARCHAR(80)  NOT NULL,
  scheme_id          VARCHAR(32)  NOT NULL,
  scheme_version     VARCHAR(32)  NOT NULL,
  holder_id          BIGINT       NOT NULL,
  product_name       VARCHAR(512) NOT NULL,
  issued_us          BIGINT       NOT NULL,
  available_until    DATE         NOT NULL,
  sent_ncca_us       BIGINT,
  sent_enisa_us      BIGINT,
  document           BYTEA        NOT NULL,
  signed_envelope    BYTEA,
  recorded_us        BIGINT       NOT NULL,
  row_version        BIGINT       NOT NULL,
  CONSTRAINT pk_eu_statement PRIMARY KEY (id),
  CONSTRAINT uq_eu_statement UNIQUE (statement_id),
  CONSTRAINT fk_eu_statement_holder FOREIGN KEY (holder_id) REFERENCES eu_holder (id)
);
CREATE INDEX ix_eu_statement_holder ON eu_statement (holder_id, statement_id);

-- the hash-chained audit log (see AuditChain for the canonical encoding) and its head
CREATE TABLE eu_audit_event (
  seq           BIGINT        NOT NULL,
  recorded_us   BIGINT        NOT NULL,
  actor         VARCHAR(256)  NOT NULL,
  action        VARCHAR(64)   NOT NULL,
  subject_kind  VARCHAR(32)   NOT NULL,
  subject_id    VARCHAR(256)  NOT NULL,
  before_state  VARCHAR(4000) NOT NULL,
  after_state   VARCHAR(4000) NOT NULL,
  prev_hash     VARCHAR(64)   NOT NULL,
  hash          VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_eu_audit_event PRIMARY KEY (seq)
);
CREATE INDEX ix_eu_audit_event_subject ON eu_audit_event (subject_kind, subject_id, seq);

CREATE TABLE eu_audit_head (
  id        INTEGER     NOT NULL,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  CONSTRAINT pk_eu_audit_head PRIMARY KEY (id)
);
INSERT INTO eu_audit_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
