// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>
#include <QString>

namespace lastmile::app {

// The language the app speaks: the one chosen in View > Language (QSettings "language"), or,
// when none is chosen or it is no longer available, the system's (text::systemLanguage()).
QString chosenLanguage();

// View > Language: "System Default" and each language the program speaks, in its own name.
// Choosing one stores it and says that it applies from the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The setting, "" for the system's language.
    static QString setting();
    static void setSetting(const QString& language);

private:
    void choose(const QString& language);
};

} // namespace lastmile::app
