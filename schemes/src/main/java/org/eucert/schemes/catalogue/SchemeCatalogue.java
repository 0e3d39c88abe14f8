/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.catalogue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.spi.SchemeProfile;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.core.xml.XmlFormatException;

/**
 * The catalogue of schemes: the built-in ones (EUCC adopted; EUCS, EU5G, EUMSS as candidates or in
 * preparation), read from XML resources in this jar and validated against the scheme XSD, plus any
 * scheme a user adds from XML through the same codec; and the scheme profiles (scheme-specific
 * rules) found with {@link ServiceLoader}.
 *
 * <p>Loading happens in an explicit factory, never in a static initialiser, and problems (a profile
 * that fails to load) are reported as values in {@link #problems()}, not thrown away.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SchemeCatalogue {
  private static final String RESOURCE_DIR = "org/eucert/schemes/";
  private static final String INDEX = RESOURCE_DIR + "catalogue.txt";

  private final ImmutableList<SchemeVersion> schemes;
  private final ImmutableMap<SchemeId, SchemeProfile> profiles;
  private final ImmutableList<String> problems;
  private final SchemeCodec codec;

  private SchemeCatalogue(
      List<SchemeVersion> schemes,
      Map<SchemeId, SchemeProfile> profiles,
      List<String> problems,
      SchemeCodec codec) {
    this.schemes = ImmutableList.copyOf(schemes);
    this.profiles = ImmutableMap.copyOf(profiles);
    this.problems = ImmutableList.copyOf(problems);
    this.codec = codec;
  }

  /**
   * Loads the built-in schemes and the profiles visible to {@code classLoader}.
   *
   * @throws CatalogueException if a built-in scheme resource is missing or invalid: the jar is
   *     broken and nothing should be issued or verified with it
   */
  public static SchemeCatalogue load(ClassLoader classLoader) {
    checkNotNull(classLoader, "classLoader");
    SchemeCodec codec = SchemeCodec.create();
    List<SchemeVersion> schemes = new ArrayList<>();
    for (String name : index(classLoader)) {
      byte[] xml = resource(classLoader, RESOURCE_DIR + name);
      try {
        schemes.add(codec.parse(xml));
      } catch (XmlFormatException e) {
        throw new CatalogueException(
            "CATALOGUE_RESOURCE_INVALID", "built-in scheme " + name + " is invalid: " + e.getMessage(), e);
      }
    }
    Map<SchemeId, SchemeProfile> profiles = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Iterator<SchemeProfile> it = ServiceLoader.load(SchemeProfile.class, classLoader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        SchemeProfile p = it.next();
        SchemeProfile previous = profiles.putIfAbsent(p.schemeId(), p);
        if (previous != null) {
          problems.add(
              "two profiles for scheme "
                  + p.schemeId()
                  + ": "
                  + previous.getClass().getName()
                  + " kept, "
                  + p.getClass().getName()
                  + " ignored");
        }
      } catch (ServiceConfigurationError e) {
        problems.add("a scheme profile failed to load: " + e.getMessage());
      }
    }
    for (SchemeVersion s : schemes) {
      if (s.schemeId().value().equals("EUCC") && !profiles.containsKey(s.schemeId())) {
        problems.add("no profile for EUCC: its scheme-specific rules are missing");
      }
    }
    return new SchemeCatalogue(schemes, profiles, problems, codec);
  }

  /** The built-in catalogue, with the profiles visible to this library's class loader. */
  public static SchemeCatalogue builtIn() {
    return load(SchemeCatalogue.class.getClassLoader());
  }

  /**
   * Reads a scheme a user wrote (a pilot or national scheme) through the same secure, validating
   * path as the built-in ones. It is not added to this catalogue; see {@link #with}.
   *
   * @throws XmlFormatException if the document is not a valid scheme document
   */
  public SchemeVersion parse(byte[] xml) {
    return codec.parse(checkNotNull(xml, "xml"));
  }

  /**
   * This catalogue plus one more scheme version.
   *
   * @throws IllegalArgumentException if the catalogue already has that scheme id and version
   */
  public SchemeCatalogue with(SchemeVersion scheme) {
    checkNotNull(scheme, "scheme");
    checkArgument(
        find(scheme.schemeId(), scheme.version()).isEmpty(),
        "the catalogue already has %s %s",
        scheme.schemeId(),
        scheme.version());
    List<SchemeVersion> all = new ArrayList<>(schemes);
    all.add(scheme);
    return new SchemeCatalogue(all, profiles, problems, codec);
  }

  /** Every scheme version, in catalogue order. */
  public List<SchemeVersion> schemes() {
    return schemes;
  }

  /** Problems met while loading (e.g. a profile that failed); empty when all is well. */
  public List<String> problems() {
    return problems;
  }

  /** Every version of a scheme, in catalogue order. */
  public List<SchemeVersion> versions(SchemeId id) {
    checkNotNull(id, "id");
    return schemes.stream()
        .filter(s -> s.schemeId().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /** The version of a scheme added last (the built-in order puts the newest last). */
  public Optional<SchemeVersion> find(SchemeId id) {
    List<SchemeVersion> v = versions(id);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** A given version of a scheme. */
  public Optional<SchemeVersion> find(SchemeId id, String version) {
    checkNotNull(version, "version");
    return versions(id).stream().filter(s -> s.version().equals(version)).findFirst();
  }

  /** The scheme-specific profile, if the scheme has one. */
  public Optional<SchemeProfile> profile(SchemeId id) {
    return Optional.ofNullable(profiles.get(checkNotNull(id, "id")));
  }

  /** The rules engine for a scheme: generic rules plus its profile's. */
  public RuleEngine rules(SchemeId id) {
    return RuleEngine.forProfile(profile(id));
  }

  /** The scheme ids, sorted. */
  public List<SchemeId> ids() {
    return schemes.stream()
        .map(SchemeVersion::schemeId)
        .distinct()
        .sorted(Comparator.naturalOrder())
        .collect(ImmutableList.toImmutableList());
  }

  private static List<String> index(ClassLoader cl) {
    String text = new String(resource(cl, INDEX), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  private static byte[] resource(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      if (in == null) {
        throw new CatalogueException("CATALOGUE_RESOURCE_MISSING", "missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new CatalogueException("CATALOGUE_RESOURCE_MISSING", "cannot read " + name, e);
    }
  }
}
