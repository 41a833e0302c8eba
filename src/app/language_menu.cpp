// SPDX-License-Identifier: Apache-2.0
#include "language_menu.h"

#include "text/translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace lastmile::app {

namespace {

constexpr auto kLanguageKey = "language";

} // namespace

QString chosenLanguage()
{
    const QString language = LanguageMenu::setting();
    return text::isAvailable(language) ? language : text::systemLanguage();
}

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    auto* group = new QActionGroup(this);
    const QString current = setting();
    const auto add = [this, group, &current](const QString& label, const QString& language) {
        QAction* action = addAction(label, this, [this, language] { choose(language); });
        action->setCheckable(true);
        action->setChecked(language == current || (language.isEmpty() && !text::isAvailable(current)));
        action->setData(language);
        group->addAction(action);
    };
    add(tr("&System Default"), {});
    addSeparator();
    for (const QString& language : text::availableLanguages()) {
        add(text::languageName(language), language);
    }
}

QString LanguageMenu::setting()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void LanguageMenu::setSetting(const QString& language)
{
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(QLatin1String(kLanguageKey));
    } else {
        settings.setValue(QLatin1String(kLanguageKey), language);
    }
}

void LanguageMenu::choose(const QString& language)
{
    if (language == setting()) {
        return;
    }
    setSetting(language);
    const QString next = text::isAvailable(language) ? language : text::systemLanguage();
    if (next == text::currentLanguage()) {
        return;
    }
    // Said in both languages: the one in use now and the one chosen.
    QString notice = tr("Lastmile will speak %1 from the next start.").arg(text::languageName(next));
    {
        const text::LanguageScope scope(next);
        const QString inNext = tr("Lastmile will speak %1 from the next start.").arg(text::languageName(next));
        if (inNext != notice) {
            notice += QStringLiteral("\n\n") + inNext;
        }
    }
    QMessageBox::information(QApplication::activeWindow(), tr("Language"), notice);
}

} // namespace lastmile::app
