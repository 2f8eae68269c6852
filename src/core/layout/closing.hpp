// The closing block of an official document (落款), after GB/T 9704-2012 §7.3.5.1: the date of
// writing in Arabic numerals, four characters in from the right (右空四字), and the issuing body
// centred over it.
#pragma once

#include "core/library/model.hpp"

#include <string>

namespace reportkit {

// The date's distance from the right edge of the text block, in characters.
constexpr double date_right_indent_chars = 4;

// The date as printed with `year` for each of its placeholders (a closing's date takes years only).
std::string date_text(const runs& date, const std::string& year);

// Whether a date reads as GB/T 9704 writes it: 2026年1月5日 (whole year, no leading zeros).
bool is_official_date(const std::string& text);

// A printed width in characters of the body text: a Chinese character one, a half-width digit
// or letter half; each placeholder a four-digit year.
double printed_width_chars(const runs& content);

// The left indent, in characters, of a centred issuing body that puts its centre over the centre
// of a date `date_chars` wide standing date_right_indent_chars in from the right of a line
// `line_chars` wide.
double issuer_indent_chars(double line_chars, double date_chars);

} // namespace reportkit
