/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import java.util.Objects;

/**
 * Base of the entities with a surrogate key. Keys come from the portable table generator {@code
 * eu_id_generator} (one UPDATE per 50 keys): identity columns and sequences are read back
 * differently on H2 2.x and PostgreSQL, and EclipseLink's H2 identity query does not run on H2 2.x.
 * Equality is by key; an entity not yet persisted is equal only to itself.
 */
@MappedSuperclass
abstract class IdEntity {
  @Id
  @TableGenerator(
      name = "eu_id",
      table = "eu_id_generator",
      pkColumnName = "gen_name",
      valueColumnName = "gen_value",
      pkColumnValue = "eu_id",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "eu_id")
  @Column(name = "id")
  Long id;

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return id != null && o != null && o.getClass() == getClass() && id.equals(((IdEntity) o).id);
  }

  @Override
  public final int hashCode() {
    return id == null ? System.identityHashCode(this) : Objects.hash(getClass(), id);
  }
}
