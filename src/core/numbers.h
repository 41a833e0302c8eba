// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which numbers an input may give for a figure (a score, a weight, a target). Every boundary that
// reads a number - command-line options, interchange files, question banks - asks these, so that
// NaN, infinities and subnormal values never reach a computation or the file.

namespace lastmile {

// True when `value` is finite and either zero or a normal number (not NaN, not an infinity, not
// subnormal: magnitudes under about 2.2e-308 other than zero).
bool isPlainNumber(double value);

// True when `value` is a plain number (isPlainNumber) from `minimum` to `maximum`, both included.
bool isPlainNumberWithin(double value, double minimum, double maximum);

} // namespace lastmile
