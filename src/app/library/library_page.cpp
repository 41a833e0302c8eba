// SPDX-License-Identifier: Apache-2.0
#include "library_page.h"

namespace lastmile::app {

LibraryPage::LibraryPage(QWidget* parent) : QWidget(parent) {}

void LibraryPage::refresh() {}

} // namespace lastmile::app
