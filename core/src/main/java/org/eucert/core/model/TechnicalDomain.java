/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A technical domain of a scheme with its state-of-the-art documents (EUCC Art 2, Annex I). Kept as
 * data: EUCC's Annex I was replaced by Regulation (EU) 2024/3144 and amended by 2025/2462, whose
 * full list is not verified (DOMAIN.md 2.23).
 *
 * <p>Immutable.
 *
 * @param id stable identifier, e.g. {@code SMART_CARDS_AND_SIMILAR_DEVICES}
 * @param name the name as in the act
 * @param stateOfTheArtDocuments titles of the documents that apply
 * @since 0.1
 */
public record TechnicalDomain(String id, String name, List<String> stateOfTheArtDocuments) {
  public TechnicalDomain {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(!id.isBlank(), "technical domain id is blank");
    stateOfTheArtDocuments = ImmutableList.copyOf(stateOfTheArtDocuments);
  }
}
