/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * eucert core: the domain model of the EU cybersecurity certification framework (Regulation (EU)
 * 2019/881, Title III), time lines, the rules engine and the XML formats. No crypto provider.
 *
 * <p>Everything in this package tree is non-null unless documented otherwise.
 */
package org.eucert.core;
