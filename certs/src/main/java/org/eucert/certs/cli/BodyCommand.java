/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.model.TechnicalDomain;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.StoredSchemeVersion;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.core.xml.XmlFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert body ...}: enrol NCCAs, certification bodies and ITSEFs and record their
 * accreditations (CSA Art 60(1)), notifications (CSA Art 61), authorisations for 'high' (CSA Art
 * 60(3); EUCC Art 21, 22), delegations (CSA Art 56(6)(b)), per-certificate approvals (CSA Art
 * 56(6)(a); EUCC Art 7(4), 12, 17(4)) and signing keys.
 *
 * <p>Values the model refuses are usage errors (64); what the registry or the roles refuse (an
 * unknown or duplicate record, an authorisation by a body that is not an NCCA) is 1.
 *
 * @since 0.1
 */
@Command(
    name = "body",
    mixinStandardHelpOptions = true,
    description = "Enrol bodies (NCCAs, certification bodies, ITSEFs) and record what entitles them to certify.",
    footer = {
      "",
      "Example (an NCCA, a certification body it supervises, notified for EUCC):",
      "  eucert body add NL-NCCA --role ncca --name 'NCCA NL' --member-state NL",
      "  eucert body add NL-CB --role certification-body --name 'CB NL' --member-state NL --supervisor NL-NCCA",
      "  eucert body notify NL-CB --scheme EUCC --level substantial,high --from 2026-01-01"
    },
    subcommands = {
      BodyCommand.Add.class,
      BodyCommand.Accredit.class,
      BodyCommand.Notify.class,
      BodyCommand.Authorise.class,
      BodyCommand.Delegate.class,
      BodyCommand.Approve.class,
      BodyCommand.Key.class,
      BodyCommand.Change.class,
      BodyCommand.ListBodies.class,
      BodyCommand.Show.class
    })
final class BodyCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  // ------------------------------------------------------------------ add

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Enrol an NCCA (CSA Art 58), a certification body or an ITSEF (CSA Art 60).",
      footer = {
        "",
        "Examples:",
        "  eucert body add NL-NCCA --role ncca --name 'NCCA NL' --member-state NL",
        "  eucert body add NL-CB --role certification-body --name 'CB NL' --member-state NL \\",
        "      --supervisor NL-NCCA --notified-body-number 3110 --contact cb@example.nl"
      })
  static final class Add implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "ID", description = "the body's id, e.g. NL-CB (letters, digits, '.', '-', '_')")
    String id;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "ncca, certification-body or itsef")
    String role;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "legal name")
    String name;

    @Option(names = "--member-state", required = true, paramLabel = "MS", description = "where it is established, e.g. NL (EL for Greece)")
    String memberState;

    @Option(names = "--supervisor", paramLabel = "NCCA-ID", description = "the supervising NCCA (required for a certification body or ITSEF)")
    String supervisor;

    @Option(names = "--notified-body-number", paramLabel = "NUMBER", description = "the number the Commission assigned on notification")
    String notifiedBodyNumber;

    @Option(names = "--public", description = "a public body (CSA Art 56(5)); an NCCA always is")
    boolean publicBody;

    @Option(names = "--address", paramLabel = "TEXT", description = "postal address")
    String address;

    @Option(names = "--contact", paramLabel = "TEXT", description = "e-mail or telephone")
    String contact;

    @Override
    public void run() {
      BodyRole r = Args.choice("--role", BodyRole.class, role.equalsIgnoreCase("cb") ? "CERTIFICATION_BODY" : role);
      MemberState ms = Args.value("--member-state", () -> MemberState.parse(memberState));
      BodyId bid = Args.bodyId("ID", id);
      Optional<BodyId> sup = Optional.ofNullable(supervisor).map(s -> Args.bodyId("--supervisor", s));
      Body body =
          Args.value(
              "body " + id,
              () ->
                  new Body(
                      bid,
                      r,
                      Args.text("--name", name),
                      ms,
                      optionalText("--notified-body-number", notifiedBodyNumber),
                      sup,
                      r == BodyRole.NCCA || publicBody,
                      optionalText("--address", address),
                      optionalText("--contact", contact)));
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        if (sup.isPresent()) {
          requireRole(reg, sup.get(), "--supervisor", BodyRole.NCCA, "CSA Art 58(7): NCCAs supervise conformity assessment bodies");
        }
        reg.enrolBody(body, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println("enrolled " + bid + " (" + label(r) + ", " + ms + "): " + body.name());
    }
  }

  // ------------------------------------------------------------------ accredit

  @Command(
      name = "accredit",
      mixinStandardHelpOptions = true,
      description = "Record a body's accreditation by a national accreditation body (CSA Art 60(1)).",
      footer = {
        "",
        "Example:",
        "  eucert body accredit NL-CB --reference RvA-C-123 --accreditation-body RvA \\",
        "      --standard 'ISO/IEC 17065' --scheme EUCC --from 2026-01-01 --until 2030-12-31"
      })
  static final class Accredit implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the accredited body")
    String body;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "the accreditation reference")
    String reference;

    @Option(names = "--accreditation-body", required = true, paramLabel = "NAME", description = "the national accreditation body")
    String accreditationBody;

    @Option(names = "--standard", required = true, paramLabel = "STD", description = "the standard, e.g. 'ISO/IEC 17065'")
    String standard;

    @Option(names = "--scheme", required = true, split = ",", paramLabel = "SCHEME", description = "schemes in scope (comma-separated or repeated)")
    List<String> schemes;

    @Option(names = "--category", split = ",", paramLabel = "CATEGORY", description = "product categories in scope (default: all)")
    List<String> categories = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day (inclusive)")
    LocalDate from;

    @Option(names = "--until", required = true, paramLabel = "DATE", description = "last day (inclusive)")
    LocalDate until;

    @Override
    public void run() {
      BodyId bid = Args.bodyId("BODY", body);
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        Set<SchemeId> ids = new LinkedHashSet<>();
        for (String s : schemes) {
          SchemeId sid = Args.schemeId("--scheme", s);
          heldVersions(reg, sid, Optional.empty());
          ids.add(sid);
        }
        Accreditation a =
            Args.value(
                "accreditation " + reference,
                () ->
                    new Accreditation(
                        bid,
                        Args.text("--reference", reference),
                        Args.text("--accreditation-body", accreditationBody),
                        Args.text("--standard", standard),
                        ids,
                        new LinkedHashSet<>(categories),
                        from,
                        until,
                        Timeline.starting(AccreditationStatus.ACTIVE, LegalTime.startOfDay(from))));
        reg.addAccreditation(a, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println("accreditation " + reference + " of " + bid + " recorded: " + from + " to " + until);
    }
  }

  // ------------------------------------------------------------------ notify

  @Command(
      name = "notify",
      mixinStandardHelpOptions = true,
      description = {
        "Record a body's notification to the Commission for a scheme at given levels (CSA Art 61).",
        "The notification is in force from --from; with --until it ends after that day."
      },
      footer = {
        "",
        "Example:",
        "  eucert body notify NL-CB --scheme EUCC --level substantial,high --reference OJ-2026-17 --from 2026-01-01"
      })
  static final class Notify implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the notified body")
    String body;

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME", description = "the scheme, e.g. EUCC")
    String scheme;

    @Option(names = "--level", required = true, split = ",", paramLabel = "LEVEL", description = "basic, substantial, high (comma-separated or repeated)")
    List<String> levels;

    @Option(names = "--scheme-version", paramLabel = "VERSION", description = "the one scheme version it is limited to, if so")
    String schemeVersion;

    @Option(names = "--reference", paramLabel = "REF", description = "the notification or Official Journal reference")
    String reference;

    @Option(names = "--from", paramLabel = "INSTANT", description = "in force from (default: now)")
    Instant from;

    @Option(names = "--until", paramLabel = "DATE", description = "last day in force (inclusive; default: open-ended)")
    LocalDate until;

    @Override
    public void run() {
      BodyId bid = Args.bodyId("BODY", body);
      SchemeId sid = Args.schemeId("--scheme", scheme);
      Set<AssuranceLevel> lv = EnumSet.noneOf(AssuranceLevel.class);
      for (String l : levels) {
        lv.add(Args.choice("--level", AssuranceLevel.class, l));
      }
      Instant start = LegalTime.normalize(from == null ? parent.root.clock().instant() : from);
      Timeline<NotificationStatus> status = Timeline.starting(NotificationStatus.NOTIFIED, start);
      if (until != null) {
        Instant end = LegalTime.endExclusive(until);
        if (!end.isAfter(start)) {
          throw new CliException(ExitCode.USAGE, "--until " + until + " is before --from " + start);
        }
        status = status.then(NotificationStatus.WITHDRAWN, end);
      }
      Timeline<NotificationStatus> st = status;
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        List<SchemeVersion> versions = heldVersions(reg, sid, Optional.ofNullable(schemeVersion));
        Set<AssuranceLevel> offered = EnumSet.noneOf(AssuranceLevel.class);
        versions.forEach(v -> offered.addAll(v.levels().keySet()));
        if (!offered.containsAll(lv)) {
          throw new CliException(
              ExitCode.USAGE,
              "--level: " + sid + (schemeVersion == null ? "" : " " + schemeVersion) + " offers "
                  + (offered.isEmpty() ? "no level (nothing can be certified under it yet)" : offered.toString())
                  + ", not " + lv);
        }
        Notification n =
            Args.value(
                "notification",
                () ->
                    new Notification(
                        bid, sid, Optional.ofNullable(schemeVersion), lv, optionalText("--reference", reference), st));
        reg.addNotification(n, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println(
          "notification of " + bid + " for " + sid + (schemeVersion == null ? "" : " " + schemeVersion)
              + " at " + lv + " recorded: from " + start + (until == null ? "" : " through " + until));
    }
  }

  // ------------------------------------------------------------------ authorise

  @Command(
      name = "authorise",
      aliases = "authorize",
      mixinStandardHelpOptions = true,
      description = {
        "Record an NCCA's authorisation of a conformity assessment body for a scheme's specific",
        "requirements, e.g. for 'high' (CSA Art 60(3); EUCC Art 21, 22)."
      },
      footer = {
        "",
        "Example:",
        "  eucert body authorise NL-CB --ncca NL-NCCA --scheme EUCC --reference NL-AUTH-7 \\",
        "      --max-ava-van AVA_VAN.5 --technical-domain SMART_CARDS_AND_SIMILAR_DEVICES \\",
        "      --category smartcards --from 2026-01-01 --until 2030-12-31"
      })
  static final class Authorise implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the authorised certification body or ITSEF")
    String body;

    @Option(names = "--ncca", required = true, paramLabel = "NCCA-ID", description = "the authorising NCCA")
    String ncca;

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME", description = "the scheme, e.g. EUCC")
    String scheme;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "the authorisation reference")
    String reference;

    @Option(names = "--category", split = ",", paramLabel = "CATEGORY", description = "ICT product categories covered (default: not restricted)")
    List<String> categories = new ArrayList<>();

    @Option(names = "--protection-profile", split = ",", paramLabel = "PP", description = "protection profiles covered")
    List<String> protectionProfiles = new ArrayList<>();

    @Option(names = {"--max-ava-van", "--max-evaluation-level"}, paramLabel = "LEVEL", description = "the highest evaluation level covered, e.g. AVA_VAN.5")
    String maxLevel;

    @Option(names = "--technical-domain", split = ",", paramLabel = "DOMAIN", description = "technical domains covered, by the scheme's ids")
    List<String> domains = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day (inclusive)")
    LocalDate from;

    @Option(names = "--until", required = true, paramLabel = "DATE", description = "last day (inclusive); no later than the accreditation (EUCC Art 21(4))")
    LocalDate until;

    @Override
    public void run() {
      BodyId bid = Args.bodyId("BODY", body);
      BodyId nid = Args.bodyId("--ncca", ncca);
      SchemeId sid = Args.schemeId("--scheme", scheme);
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        List<SchemeVersion> versions = heldVersions(reg, sid, Optional.empty());
        if (maxLevel != null) {
          Set<String> codes = new TreeSet<>();
          versions.forEach(v -> v.evaluationLevels().stream().map(EvaluationLevel::code).forEach(codes::add));
          if (!codes.contains(maxLevel)) {
            throw new CliException(
                ExitCode.USAGE,
                "--max-ava-van: '" + maxLevel + "' is not an evaluation level of " + sid
                    + (codes.isEmpty() ? " (it defines none)" : "; known: " + codes));
          }
        }
        if (!domains.isEmpty()) {
          Set<String> known = new TreeSet<>();
          versions.forEach(v -> v.technicalDomains().stream().map(TechnicalDomain::id).forEach(known::add));
          for (String d : domains) {
            if (!known.contains(d)) {
              throw new CliException(
                  ExitCode.USAGE,
                  "--technical-domain: '" + d + "' is not a technical domain of " + sid
                      + (known.isEmpty() ? " (it defines none)" : "; known: " + known));
            }
          }
        }
        requireRole(reg, nid, "--ncca", BodyRole.NCCA, "CSA Art 60(3): the NCCA authorises");
        requireCab(reg, bid);
        Authorisation a =
            Args.value(
                "authorisation " + reference,
                () ->
                    new Authorisation(
                        bid,
                        nid,
                        sid,
                        Args.text("--reference", reference),
                        new LinkedHashSet<>(categories),
                        new LinkedHashSet<>(protectionProfiles),
                        Optional.ofNullable(maxLevel),
                        new LinkedHashSet<>(domains),
                        from,
                        until,
                        Timeline.starting(AuthorisationStatus.ACTIVE, LegalTime.startOfDay(from))));
        reg.addAuthorisation(a, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println(
          "authorisation " + reference + " of " + bid + " by " + nid + " for " + sid + " recorded: " + from + " to " + until);
    }
  }

  // ------------------------------------------------------------------ delegate

  @Command(
      name = "delegate",
      mixinStandardHelpOptions = true,
      description = "Record an NCCA's general delegation of issuing 'high' certificates to a certification body (CSA Art 56(6)(b)).",
      footer = {
        "",
        "Example:",
        "  eucert body delegate NL-CB --ncca NL-NCCA --scheme EUCC --reference NL-DEL-1 --from 2026-01-01"
      })
  static final class Delegate implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the certification body the task is delegated to")
    String body;

    @Option(names = "--ncca", required = true, paramLabel = "NCCA-ID", description = "the delegating NCCA")
    String ncca;

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME", description = "the scheme, e.g. EUCC")
    String scheme;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "the delegation reference")
    String reference;

    @Option(names = "--category", split = ",", paramLabel = "CATEGORY", description = "product categories covered (default: all)")
    List<String> categories = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day (inclusive)")
    LocalDate from;

    @Option(names = "--until", paramLabel = "DATE", description = "last day (inclusive; default: open-ended)")
    LocalDate until;

    @Override
    public void run() {
      BodyId bid = Args.bodyId("BODY", body);
      BodyId nid = Args.bodyId("--ncca", ncca);
      SchemeId sid = Args.schemeId("--scheme", scheme);
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        heldVersions(reg, sid, Optional.empty());
        requireRole(reg, nid, "--ncca", BodyRole.NCCA, "CSA Art 56(6)(b): an NCCA delegates");
        requireRole(reg, bid, "BODY", BodyRole.CERTIFICATION_BODY, "CSA Art 56(6)(b): issuing is delegated to a CAB that certifies");
        Delegation d =
            Args.value(
                "delegation " + reference,
                () ->
                    new Delegation(
                        nid,
                        bid,
                        sid,
                        Args.text("--reference", reference),
                        new LinkedHashSet<>(categories),
                        from,
                        Optional.ofNullable(until),
                        Timeline.starting(DelegationStatus.ACTIVE, LegalTime.startOfDay(from))));
        reg.addDelegation(d, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println(
          "delegation " + reference + " to " + bid + " by " + nid + " for " + sid + " recorded: from " + from
              + (until == null ? "" : " to " + until));
    }
  }

  // ------------------------------------------------------------------ approve

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = {
        "Record a per-certificate approval an NCCA gave a conformity assessment body:",
        "  prior-approval-high                CSA Art 56(6)(a): a 'high' certificate issued by a CAB",
        "  validity-extension                 EUCC Art 12(2): validity beyond five years (--max-valid-until)",
        "  ava-van-exception                  EUCC Art 7(4): AVA_VAN.4/5 outside a domain or PP (--evaluation-level)",
        "  protection-profile-prior-approval  EUCC Art 17(4): a CB certifying a protection profile"
      },
      footer = {
        "",
        "Examples:",
        "  eucert body approve NL-CB --ncca NL-NCCA --kind prior-approval-high --scheme EUCC \\",
        "      --reference NL-PA-2026-3 --certificate EUCC-3110-2026-05-0001",
        "  eucert body approve NL-CB --ncca NL-NCCA --kind validity-extension --scheme EUCC \\",
        "      --reference NL-VE-2026-1 --max-valid-until 2033-12-31"
      })
  static final class Approve implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the CAB the approval is given to")
    String body;

    @Option(names = "--ncca", required = true, paramLabel = "NCCA-ID", description = "the approving NCCA")
    String ncca;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "prior-approval-high, validity-extension, ava-van-exception or protection-profile-prior-approval")
    String kind;

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME", description = "the scheme, e.g. EUCC")
    String scheme;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "the NCCA's reference; a certificate cites the approval by it")
    String reference;

    @Option(names = "--certificate", paramLabel = "CERT-ID", description = "the certificate it is for, once known")
    String certificate;

    @Option(names = "--max-valid-until", paramLabel = "DATE", description = "validity-extension: the latest validity end approved")
    LocalDate maxValidUntil;

    @Option(names = "--evaluation-level", paramLabel = "LEVEL", description = "ava-van-exception: the level approved, e.g. AVA_VAN.5")
    String evaluationLevel;

    @Option(names = "--from", paramLabel = "INSTANT", description = "granted from (default: now)")
    Instant from;

    @Override
    public void run() {
      ApprovalKind k = Args.choice("--kind", ApprovalKind.class, kind);
      if (maxValidUntil != null && k != ApprovalKind.VALIDITY_EXTENSION) {
        throw new CliException(ExitCode.USAGE, "--max-valid-until applies to --kind validity-extension only");
      }
      if (evaluationLevel != null && k != ApprovalKind.AVA_VAN_EXCEPTION) {
        throw new CliException(ExitCode.USAGE, "--evaluation-level applies to --kind ava-van-exception only");
      }
      BodyId bid = Args.bodyId("BODY", body);
      BodyId nid = Args.bodyId("--ncca", ncca);
      SchemeId sid = Args.schemeId("--scheme", scheme);
      Optional<CertificateId> cid = Optional.ofNullable(certificate).map(c -> Args.certificateId("--certificate", c));
      Instant granted = LegalTime.normalize(from == null ? parent.root.clock().instant() : from);
      Approval a =
          Args.value(
              "approval " + reference,
              () ->
                  new Approval(
                      k,
                      Args.text("--reference", reference),
                      nid,
                      bid,
                      sid,
                      cid,
                      Optional.ofNullable(maxValidUntil),
                      Optional.ofNullable(evaluationLevel),
                      Timeline.starting(ApprovalStatus.GRANTED, granted)));
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        List<SchemeVersion> versions = heldVersions(reg, sid, Optional.empty());
        if (evaluationLevel != null) {
          Set<String> codes = new TreeSet<>();
          versions.forEach(v -> v.evaluationLevels().stream().map(EvaluationLevel::code).forEach(codes::add));
          if (!codes.contains(evaluationLevel)) {
            throw new CliException(
                ExitCode.USAGE,
                "--evaluation-level: '" + evaluationLevel + "' is not an evaluation level of " + sid
                    + (codes.isEmpty() ? " (it defines none)" : "; known: " + codes));
          }
        }
        requireRole(reg, nid, "--ncca", BodyRole.NCCA, "CSA Art 56(6)(a): the NCCA approves");
        requireCab(reg, bid);
        reg.addApproval(a, actor.actor(parent.root.env()));
      }
      spec.commandLine().getOut().println(
          "approval " + reference + " (" + label(k) + ") for " + bid + " by " + nid + " recorded: granted from " + granted);
    }
  }

  // ------------------------------------------------------------------ key

  @Command(
      name = "key",
      mixinStandardHelpOptions = true,
      description = "A body's signing keys: add one from its X.509 certificate, mark one compromised.",
      footer = {
        "",
        "Examples:",
        "  eucert body key add NL-CB --cert nl-cb-signing.pem",
        "  eucert body key compromise 3f1c...e9 --at 2026-05-01T10:00:00Z"
      },
      subcommands = {BodyCommand.KeyAdd.class, BodyCommand.KeyCompromise.class})
  static final class Key implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a body's signing key from its X.509 certificate (PEM or DER; public material only).",
        "The key id is the SHA-256 of the certificate (hex). The window in which it may sign",
        "defaults to the certificate's validity and must lie within it."
      },
      footer = {"", "Example:", "  eucert body key add NL-CB --cert nl-cb-signing.pem --from 2026-01-01 --until 2028-01-01"})
  static final class KeyAdd implements Runnable {
    @ParentCommand Key parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "BODY", description = "the body the key belongs to")
    String body;

    @Option(names = "--cert", required = true, paramLabel = "FILE", description = "the key's X.509 certificate, PEM or DER")
    Path cert;

    @Option(names = "--from", paramLabel = "INSTANT", description = "first instant it may sign (default: the certificate's notBefore)")
    Instant from;

    @Option(names = "--until", paramLabel = "INSTANT", description = "first instant it may no longer sign (default: the certificate's notAfter)")
    Instant until;

    @Override
    public void run() {
      BodyId bid = Args.bodyId("BODY", body);
      X509Certificate c = parseCertificate(cert, Args.read(cert));
      byte[] der;
      try {
        der = c.getEncoded();
      } catch (CertificateEncodingException e) {
        throw new CliException(ExitCode.DATA, cert + ": cannot encode the certificate: " + e.getMessage(), e);
      }
      Instant notBefore = LegalTime.normalize(c.getNotBefore().toInstant());
      Instant notAfter = LegalTime.normalize(c.getNotAfter().toInstant());
      Instant f = from == null ? notBefore : from;
      Instant u = until == null ? notAfter : until;
      if (f.isBefore(notBefore) || u.isAfter(notAfter)) {
        throw new CliException(
            ExitCode.USAGE,
            "the window " + f + " to " + u + " is not within the certificate's validity " + notBefore + " to " + notAfter);
      }
      String keyId = sha256Hex(der);
      SigningKey key =
          Args.value("key", () -> new SigningKey(bid, keyId, Bytes.copyOf(der), f, Optional.of(u), Optional.empty()));
      try (Home home = parent.parent.root.openHome()) {
        home.registry().addSigningKey(key, actor.actor(parent.parent.root.env()));
      }
      spec.commandLine().getOut().println(
          "signing key " + keyId + " of " + bid + " added: " + c.getSubjectX500Principal().getName() + ", may sign from "
              + key.validFrom() + " until " + u);
    }
  }

  @Command(
      name = "compromise",
      mixinStandardHelpOptions = true,
      description = {
        "Record that a signing key was compromised at an instant: documents it signed from then on",
        "fail verification; those signed before keep their verdict. An earlier instant may replace",
        "a later one, never the reverse."
      },
      footer = {"", "Example:", "  eucert body key compromise 3f1c...e9 --at 2026-05-01T10:00:00Z"})
  static final class KeyCompromise implements Runnable {
    @ParentCommand Key parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "KEY-ID", description = "the key id (SHA-256 of its certificate, hex; see eucert body show)")
    String keyId;

    @Option(names = "--at", required = true, paramLabel = "INSTANT", description = "when it was compromised (not in the future)")
    Instant at;

    @Override
    public void run() {
      EucertCommand root = parent.parent.root;
      if (at.isAfter(root.clock().instant())) {
        throw new CliException(ExitCode.USAGE, "--at " + at + " is in the future; a compromise is recorded once it happened");
      }
      String id = keyId.trim().toLowerCase(Locale.ROOT);
      try (Home home = root.openHome()) {
        home.registry().markKeyCompromised(id, at, actor.actor(root.env()));
      }
      spec.commandLine().getOut().println("signing key " + id + " marked compromised at " + LegalTime.normalize(at));
    }
  }

  // ------------------------------------------------------------------ change

  /** The time-lined records whose status {@code body change} appends to. */
  enum RecordKind {
    notification,
    accreditation,
    authorisation,
    delegation,
    approval
  }

  @Command(
      name = "change",
      mixinStandardHelpOptions = true,
      description = {
        "Append a status to a time-lined record from an instant on (nothing is overwritten):",
        "  notification  BODY --scheme S [--scheme-version V]  notified, suspended, withdrawn (CSA Art 61)",
        "  accreditation BODY --reference REF                  active, restricted, suspended, revoked (CSA Art 60(4))",
        "  authorisation NCCA --reference REF                  active, restricted, suspended, withdrawn",
        "  delegation    NCCA --reference REF                  active, suspended, revoked",
        "  approval      NCCA --reference REF                  granted, revoked",
        "OWNER is the body for a notification or accreditation, the NCCA that gave the record",
        "otherwise. Exit 1 if there is no such record or --from is not after its last entry."
      },
      footer = {
        "",
        "Examples:",
        "  eucert body change notification NL-CB --scheme EUCC --to suspended --from 2026-07-01",
        "  eucert body change approval NL-NCCA --reference NL-PA-2026-3 --to revoked"
      })
  static final class Change implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(index = "0", paramLabel = "KIND", description = "notification, accreditation, authorisation, delegation or approval")
    RecordKind kind;

    @Parameters(index = "1", paramLabel = "OWNER", description = "the body (notification, accreditation) or the NCCA (otherwise)")
    String owner;

    @Option(names = "--to", required = true, paramLabel = "STATUS", description = "the new status")
    String to;

    @Option(names = "--from", paramLabel = "INSTANT", description = "from when (default: now)")
    Instant from;

    @Option(names = "--reference", paramLabel = "REF", description = "the record's reference (all but a notification)")
    String reference;

    @Option(names = "--scheme", paramLabel = "SCHEME", description = "a notification's scheme")
    String scheme;

    @Option(names = "--scheme-version", paramLabel = "VERSION", description = "a notification's scheme version, if it is limited to one")
    String schemeVersion;

    @Override
    public void run() {
      BodyId id = Args.bodyId("OWNER", owner);
      Instant at = LegalTime.normalize(from == null ? parent.root.clock().instant() : from);
      if (kind == RecordKind.notification) {
        if (scheme == null || reference != null) {
          throw new CliException(ExitCode.USAGE, "a notification is named by --scheme (and --scheme-version), not --reference");
        }
      } else if (reference == null || scheme != null || schemeVersion != null) {
        throw new CliException(ExitCode.USAGE, "a" + (kind == RecordKind.accreditation || kind == RecordKind.authorisation || kind == RecordKind.approval ? "n " : " ") + kind + " is named by --reference, not --scheme");
      }
      String described;
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        org.eucert.core.registry.Actor who = actor.actor(parent.root.env());
        switch (kind) {
          case notification -> {
            SchemeId sid = Args.schemeId("--scheme", scheme);
            NotificationStatus st = Args.choice("--to", NotificationStatus.class, to);
            reg.changeNotificationStatus(id, sid, Optional.ofNullable(schemeVersion), st, at, who);
            described = "notification of " + id + " for " + sid + (schemeVersion == null ? "" : " " + schemeVersion) + ": " + st;
          }
          case accreditation -> {
            AccreditationStatus st = Args.choice("--to", AccreditationStatus.class, to);
            reg.changeAccreditationStatus(id, reference, st, at, who);
            described = "accreditation " + reference + " of " + id + ": " + st;
          }
          case authorisation -> {
            AuthorisationStatus st = Args.choice("--to", AuthorisationStatus.class, to);
            reg.changeAuthorisationStatus(id, reference, st, at, who);
            described = "authorisation " + reference + " by " + id + ": " + st;
          }
          case delegation -> {
            DelegationStatus st = Args.choice("--to", DelegationStatus.class, to);
            reg.changeDelegationStatus(id, reference, st, at, who);
            described = "delegation " + reference + " by " + id + ": " + st;
          }
          default -> {
            ApprovalStatus st = Args.choice("--to", ApprovalStatus.class, to);
            reg.changeApprovalStatus(id, reference, st, at, who);
            described = "approval " + reference + " by " + id + ": " + st;
          }
        }
      }
      spec.commandLine().getOut().println(described + " from " + at);
    }
  }

  // ------------------------------------------------------------------ list, show

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the enrolled bodies.",
      footer = {"", "Examples:", "  eucert body list", "  eucert body list --role ncca --format json"})
  static final class ListBodies implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--role", paramLabel = "ROLE", description = "only this role: ncca, certification-body, itsef")
    String role;

    @Option(names = "--member-state", paramLabel = "MS", description = "only bodies established there")
    String memberState;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
      format.textOrJson("body list");
      Optional<BodyRole> r = Optional.ofNullable(role).map(x -> Args.choice("--role", BodyRole.class, x));
      Optional<MemberState> ms = Optional.ofNullable(memberState).map(x -> Args.value("--member-state", () -> MemberState.parse(x)));
      List<Body> bodies = new ArrayList<>();
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
          Page<Body> p = reg.bodies(page);
          for (Body b : p.items()) {
            if (r.map(x -> x == b.role()).orElse(true) && ms.map(x -> x == b.memberState()).orElse(true)) {
              bodies.add(b);
            }
          }
          if (p.next().isEmpty()) {
            break;
          }
          page = p.next().get();
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        out.println(Json.array(bodies.stream().map(BodyCommand::bodyJson).toList()));
        return;
      }
      out.printf(Locale.ROOT, "%-20s %-19s %-3s %-10s %s%n", "ID", "ROLE", "MS", "SUPERVISOR", "NAME");
      for (Body b : bodies) {
        out.printf(
            Locale.ROOT,
            "%-20s %-19s %-3s %-10s %s%n",
            b.id(),
            label(b.role()),
            b.memberState(),
            b.supervisingNcca().map(BodyId::value).orElse("-"),
            b.name());
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a body with its accreditations, notifications, authorisations, delegations, approvals and signing keys, and their status now.",
      footer = {"", "Examples:", "  eucert body show NL-CB", "  eucert body show NL-CB --format json"})
  static final class Show implements Runnable {
    @ParentCommand BodyCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the body's id")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
      format.textOrJson("body show");
      BodyId bid = Args.bodyId("ID", id);
      Instant now = parent.root.clock().instant();
      PrintWriter out = spec.commandLine().getOut();
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        Body b = reg.body(bid).orElseThrow(() -> new CliException(ExitCode.FAILED, "no body " + bid + " in the registry"));
        List<Accreditation> acc = reg.accreditations(bid);
        List<Notification> not = reg.notifications(bid);
        List<Authorisation> aut = reg.authorisations(bid);
        List<Delegation> del = reg.delegations(bid);
        List<Approval> app = reg.approvals(bid);
        List<SigningKey> keys = reg.signingKeys(bid);
        if (format == OutputFormat.json) {
          out.println(
              Json.object()
                  .raw("body", bodyJson(b))
                  .raw("accreditations", Json.array(acc.stream().map(a -> Json.object()
                      .put("reference", a.reference()).put("accreditationBody", a.accreditationBody())
                      .put("standard", a.standard()).raw("schemes", Json.strings(a.schemes()))
                      .raw("productCategories", Json.strings(a.productCategories()))
                      .put("validFrom", a.validFrom()).put("validUntil", a.validUntil())
                      .put("inForceNow", a.inForceAt(now)).raw("status", timelineJson(a.status())).toString()).toList()))
                  .raw("notifications", Json.array(not.stream().map(n -> Json.object()
                      .put("scheme", n.scheme()).put("schemeVersion", n.schemeVersion())
                      .raw("levels", Json.strings(n.levels())).put("reference", n.reference())
                      .put("statusNow", n.status().at(now)).raw("status", timelineJson(n.status())).toString()).toList()))
                  .raw("authorisations", Json.array(aut.stream().map(a -> Json.object()
                      .put("reference", a.reference()).put("ncca", a.ncca()).put("scheme", a.scheme())
                      .raw("productCategories", Json.strings(a.productCategories()))
                      .raw("protectionProfiles", Json.strings(a.protectionProfiles()))
                      .put("highestEvaluationLevel", a.highestEvaluationLevel())
                      .raw("technicalDomains", Json.strings(a.technicalDomains()))
                      .put("validFrom", a.validFrom()).put("validUntil", a.validUntil())
                      .put("inForceNow", a.inForceAt(now)).raw("status", timelineJson(a.status())).toString()).toList()))
                  .raw("delegations", Json.array(del.stream().map(d -> Json.object()
                      .put("reference", d.reference()).put("ncca", d.ncca()).put("scheme", d.scheme())
                      .raw("productCategories", Json.strings(d.productCategories()))
                      .put("validFrom", d.validFrom()).put("validUntil", d.validUntil())
                      .raw("status", timelineJson(d.status())).toString()).toList()))
                  .raw("approvals", Json.array(app.stream().map(a -> Json.object()
                      .put("reference", a.reference()).put("kind", a.kind()).put("ncca", a.ncca())
                      .put("scheme", a.scheme()).put("certificate", a.certificateId())
                      .put("maxValidUntil", a.maxValidUntil()).put("evaluationLevel", a.evaluationLevel())
                      .put("grantedNow", a.grantedAt(now)).raw("status", timelineJson(a.status())).toString()).toList()))
                  .raw("signingKeys", Json.array(keys.stream().map(k -> Json.object()
                      .put("keyId", k.keyId()).put("validFrom", k.validFrom()).put("validUntil", k.validUntil())
                      .put("compromisedAt", k.compromisedAt()).put("usableNow", k.usableAt(now)).toString()).toList())));
          return;
        }
        out.println(b.id() + ": " + b.name());
        out.println("  role:           " + label(b.role()));
        out.println("  member state:   " + b.memberState());
        b.supervisingNcca().ifPresent(s -> out.println("  supervised by:  " + s));
        b.notifiedBodyNumber().ifPresent(s -> out.println("  notified body:  " + s));
        out.println("  public body:    " + (b.publicBody() ? "yes" : "no"));
        b.address().ifPresent(s -> out.println("  address:        " + s));
        b.contact().ifPresent(s -> out.println("  contact:        " + s));
        section(out, "Accreditations (CSA Art 60(1))", acc, a ->
            a.reference() + " by " + a.accreditationBody() + " to " + a.standard() + ", schemes " + a.schemes()
                + (a.productCategories().isEmpty() ? "" : ", categories " + a.productCategories())
                + ", " + a.validFrom() + " to " + a.validUntil() + (a.inForceAt(now) ? ", in force" : ", NOT in force"));
        section(out, "Notifications (CSA Art 61)", not, n ->
            n.scheme() + n.schemeVersion().map(v -> " " + v).orElse("") + " " + n.levels()
                + n.reference().map(r -> " (" + r + ")").orElse("") + ", now " + n.status().at(now).map(Enum::name).orElse("NOT_YET")
                + timelineText(n.status()));
        section(out, "Authorisations (CSA Art 60(3))", aut, a ->
            a.reference() + " by " + a.ncca() + " for " + a.scheme()
                + a.highestEvaluationLevel().map(l -> ", up to " + l).orElse("")
                + (a.technicalDomains().isEmpty() ? "" : ", domains " + a.technicalDomains())
                + (a.protectionProfiles().isEmpty() ? "" : ", PPs " + a.protectionProfiles())
                + (a.productCategories().isEmpty() ? "" : ", categories " + a.productCategories())
                + ", " + a.validFrom() + " to " + a.validUntil() + (a.inForceAt(now) ? ", in force" : ", NOT in force"));
        section(out, "Delegations (CSA Art 56(6)(b))", del, d ->
            d.reference() + " by " + d.ncca() + " for " + d.scheme()
                + (d.productCategories().isEmpty() ? "" : ", categories " + d.productCategories())
                + ", from " + d.validFrom() + d.validUntil().map(u -> " to " + u).orElse("")
                + ", now " + d.status().at(now).map(Enum::name).orElse("NOT_YET"));
        section(out, "Approvals", app, a ->
            a.reference() + " " + label(a.kind()) + " by " + a.ncca() + " for " + a.scheme()
                + a.certificateId().map(c -> ", certificate " + c).orElse("")
                + a.maxValidUntil().map(d -> ", valid until at most " + d).orElse("")
                + a.evaluationLevel().map(l -> ", " + l).orElse("")
                + (a.grantedAt(now) ? ", granted" : ", NOT granted now"));
        section(out, "Signing keys", keys, k ->
            k.keyId() + " from " + k.validFrom() + k.validUntil().map(u -> " until " + u).orElse("")
                + k.compromisedAt().map(c -> ", COMPROMISED at " + c).orElse("")
                + (k.usableAt(now) ? ", usable now" : ", not usable now"));
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static <T> void section(PrintWriter out, String title, List<T> items, java.util.function.Function<T, String> line) {
    out.println(title + ":" + (items.isEmpty() ? " none" : ""));
    for (T t : items) {
      out.println("  " + line.apply(t));
    }
  }

  private static String timelineText(Timeline<?> t) {
    if (t.entries().size() <= 1) {
      return "";
    }
    return " [" + t.entries().stream().map(e -> e.status() + " from " + e.from()).collect(Collectors.joining(", ")) + "]";
  }

  private static String timelineJson(Timeline<?> t) {
    List<String> entries = new ArrayList<>();
    for (TimelineEntry<?> e : t.entries()) {
      entries.add(Json.object().put("status", e.status()).put("from", e.from()).toString());
    }
    return Json.array(entries);
  }

  static String bodyJson(Body b) {
    return Json.object()
        .put("id", b.id())
        .put("role", b.role())
        .put("name", b.name())
        .put("memberState", b.memberState())
        .put("supervisingNcca", b.supervisingNcca())
        .put("notifiedBodyNumber", b.notifiedBodyNumber())
        .put("publicBody", b.publicBody())
        .put("address", b.address())
        .put("contact", b.contact())
        .toString();
  }

  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Optional<String> optionalText(String option, String v) {
    return v == null ? Optional.empty() : Optional.of(Args.text(option, v));
  }

  /**
   * The scheme versions the registry holds for {@code scheme} (or the one version named), parsed
   * from their stored documents.
   *
   * @throws CliException 64 if it holds none
   */
  static List<SchemeVersion> heldVersions(Registry reg, SchemeId scheme, Optional<String> version) {
    List<StoredSchemeVersion> stored = reg.schemeVersions(scheme);
    if (version.isPresent()) {
      stored = stored.stream().filter(s -> s.version().equals(version.get())).toList();
    }
    if (stored.isEmpty()) {
      throw new CliException(
          ExitCode.USAGE,
          "--scheme: the registry holds no scheme " + scheme + version.map(v -> " version " + v).orElse("")
              + (version.isPresent() ? "" : " (eucert schemes list shows the built-in ones)"));
    }
    SchemeCodec codec = SchemeCodec.create();
    List<SchemeVersion> out = new ArrayList<>();
    for (StoredSchemeVersion s : stored) {
      try {
        out.add(codec.parse(s.document().toByteArray()));
      } catch (XmlFormatException e) {
        throw new CliException(
            ExitCode.DATA, "the registry's document of " + scheme + " " + s.version() + " is not valid: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * The enrolled body {@code id}, which must have {@code role}.
   *
   * @throws CliException 1 if it is not enrolled or has another role
   */
  static Body requireRole(Registry reg, BodyId id, String option, BodyRole role, String why) {
    Body b = reg.body(id).orElseThrow(() -> new CliException(
        ExitCode.FAILED, option + ": no body " + id + " in the registry (enrol it first: eucert body add)"));
    if (b.role() != role) {
      throw new CliException(
          ExitCode.FAILED, option + ": " + id + " is a " + label(b.role()) + ", not a " + label(role) + " (" + why + ")");
    }
    return b;
  }

  /** The enrolled conformity assessment body {@code id} (a certification body or ITSEF). */
  static Body requireCab(Registry reg, BodyId id) {
    Body b = reg.body(id).orElseThrow(() -> new CliException(
        ExitCode.FAILED, "no body " + id + " in the registry (enrol it first: eucert body add)"));
    if (b.isNcca()) {
      throw new CliException(ExitCode.FAILED, id + " is an NCCA, not a conformity assessment body");
    }
    return b;
  }

  static X509Certificate parseCertificate(Path file, byte[] bytes) {
    Collection<? extends java.security.cert.Certificate> certs;
    try {
      certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
    } catch (CertificateException | RuntimeException e) {
      throw new CliException(ExitCode.DATA, file + ": not an X.509 certificate (PEM or DER)", e);
    }
    if (certs.size() != 1) {
      throw new CliException(
          ExitCode.DATA,
          file + ": holds " + certs.size() + " certificates; give the body's signing certificate alone");
    }
    return (X509Certificate) certs.iterator().next();
  }

  static String sha256Hex(byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
