// SPDX-License-Identifier: Apache-2.0
#include "repository_error.h"

#include <regex>

namespace lastmile::repository {

std::string displayAddress(const std::string& address)
{
    // URI: postgresql://user:secret@host/... and ?password=secret; keyword form: password=secret.
    static const std::regex userInfo(R"(^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@)");
    static const std::regex uriParameter(R"(([?&])password=[^&]*&?)");
    static const std::regex keyword(R"((^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)\s*)");
    std::string shown = std::regex_replace(address, userInfo, "$1@");
    if (shown.rfind("postgres", 0) == 0 && shown.find("://") != std::string::npos) {
        shown = std::regex_replace(shown, uriParameter, "$1");
        while (!shown.empty() && (shown.back() == '&' || shown.back() == '?')) {
            shown.pop_back();
        }
    } else {
        shown = std::regex_replace(shown, keyword, "$1");
        while (!shown.empty() && shown.back() == ' ') {
            shown.pop_back();
        }
    }
    return shown;
}

} // namespace lastmile::repository
