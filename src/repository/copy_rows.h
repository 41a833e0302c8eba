// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace lastmile::repository {

// The rows of one SELECT read through COPY ... TO STDOUT (PostgreSQL's text format: one line per
// row, fields separated by tabs, backslash escapes, \N for NULL), the fastest way rows leave the
// server. One row at a time; its fields stay valid until next(). Values that do not parse as the
// column's type throw pqxx::data_exception naming the value.
class CopyRows
{
public:
    // `query` is a SELECT without a trailing semicolon; it takes no parameters, so values in it
    // are quoted by the caller (pqxx::transaction_base::quote).
    CopyRows(pqxx::transaction_base& transaction, const std::string& query);
    CopyRows(const CopyRows&) = delete;
    CopyRows& operator=(const CopyRows&) = delete;

    // Reads the next row; false after the last.
    bool next();

    std::size_t size() const { return m_count; }
    bool isNull(std::size_t column) const { return m_null[column] != 0; }
    // The field unescaped; empty when NULL.
    const std::string& text(std::size_t column) const { return m_fields[column]; }
    std::int64_t integer(std::size_t column) const;
    double real(std::size_t column) const;
    bool boolean(std::size_t column) const; // "t" or "f"

private:
    void split();

    pqxx::stream_from m_stream;
    std::string m_line;
    std::vector<std::string> m_fields;
    std::vector<char> m_null;
    std::size_t m_count = 0;
    bool m_done = false;
};

} // namespace lastmile::repository
