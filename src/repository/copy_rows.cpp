// SPDX-License-Identifier: Apache-2.0
#include "copy_rows.h"

#include <charconv>

namespace lastmile::repository {

namespace {

[[noreturn]] void badValue(const std::string& value, const char* type)
{
    throw pqxx::data_exception("the server sent \"" + value + "\" where " + type + " was expected");
}

int octal(char c)
{
    return c >= '0' && c <= '7' ? c - '0' : -1;
}

int hex(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = static_cast<char>(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

} // namespace

// libpqxx 6 (Debian 12) writes "COPY <table> TO STDOUT" with the table as given, so a query in
// parentheses reads its rows; libpqxx 7 quotes table names and has stream_from::query instead.
#if PQXX_VERSION_MAJOR >= 7
CopyRows::CopyRows(pqxx::transaction_base& transaction, const std::string& query)
    : m_stream(pqxx::stream_from::query(transaction, query))
{
}
#else
CopyRows::CopyRows(pqxx::transaction_base& transaction, const std::string& query)
    : m_stream(transaction, "(" + query + ")")
{
}
#endif

bool CopyRows::next()
{
    if (m_done) {
        return false;
    }
    if (!m_stream.get_raw_line(m_line)) {
        m_done = true;
        m_stream.complete();
        return false;
    }
    split();
    return true;
}

void CopyRows::split()
{
    std::size_t end = m_line.size();
    if (end > 0 && m_line[end - 1] == '\n') {
        --end;
    }
    m_count = 0;
    std::size_t at = 0;
    while (true) {
        if (m_count == m_fields.size()) {
            m_fields.emplace_back();
            m_null.push_back(0);
        }
        std::string& field = m_fields[m_count];
        field.clear();
        std::size_t stop = m_line.find('\t', at);
        if (stop == std::string::npos || stop > end) {
            stop = end;
        }
        m_null[m_count] = stop - at == 2 && m_line[at] == '\\' && m_line[at + 1] == 'N';
        if (!m_null[m_count]) {
            std::size_t i = at;
            while (i < stop) {
                const std::size_t slash = m_line.find('\\', i);
                if (slash == std::string::npos || slash >= stop) {
                    field.append(m_line, i, stop - i);
                    break;
                }
                field.append(m_line, i, slash - i);
                i = slash + 1;
                if (i >= stop) {
                    break;
                }
                const char c = m_line[i++];
                switch (c) {
                case 'b':
                    field += '\b';
                    break;
                case 'f':
                    field += '\f';
                    break;
                case 'n':
                    field += '\n';
                    break;
                case 'r':
                    field += '\r';
                    break;
                case 't':
                    field += '\t';
                    break;
                case 'v':
                    field += '\v';
                    break;
                case 'x': {
                    int value = 0;
                    for (int digits = 0; digits < 2 && i < stop && hex(m_line[i]) >= 0; ++digits) {
                        value = value * 16 + hex(m_line[i++]);
                    }
                    field += static_cast<char>(value);
                    break;
                }
                default:
                    if (octal(c) >= 0) {
                        int value = octal(c);
                        for (int digits = 1; digits < 3 && i < stop && octal(m_line[i]) >= 0; ++digits) {
                            value = value * 8 + octal(m_line[i++]);
                        }
                        field += static_cast<char>(value);
                    } else {
                        field += c;
                    }
                }
            }
        }
        ++m_count;
        if (stop >= end) {
            break;
        }
        at = stop + 1;
    }
}

std::int64_t CopyRows::integer(std::size_t column) const
{
    const std::string& value = m_fields[column];
    std::int64_t result = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (error != std::errc() || end != value.data() + value.size() || value.empty()) {
        badValue(value, "an integer");
    }
    return result;
}

double CopyRows::real(std::size_t column) const
{
    const std::string& value = m_fields[column];
    double result = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (error != std::errc() || end != value.data() + value.size() || value.empty()) {
        badValue(value, "a number");
    }
    return result;
}

bool CopyRows::boolean(std::size_t column) const
{
    const std::string& value = m_fields[column];
    if (value != "t" && value != "f") {
        badValue(value, "t or f");
    }
    return value == "t";
}

} // namespace lastmile::repository
