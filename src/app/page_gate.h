// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace lastmile::app {

class AssessmentDocument;

// Keeps each page that reads answers from the open document until the rounds it shows are
// loaded, and asks for those rounds, and only those, once the page is shown. Meanwhile a panel
// over the page says that its answers are being read, with a progress bar, and the page is
// disabled, so that nothing it would draw from a round without its answers is seen or used;
// the menus, the other tabs and closing the file stay live. The same holds later whenever the
// page moves to a round still unread (another round chosen in it): it is covered again until
// that round is in. A page not added here (the heatmap, which waits for its rounds itself) is
// never covered. A status-bar indicator shows every read of answers, whichever page asked.
class PageGate : public QObject
{
    Q_OBJECT

public:
    // The ids of the rounds a page shows now: of `document` as the page shows it once it has it,
    // as it would show it first before then.
    using Rounds = std::function<std::vector<std::int64_t>(const AssessmentDocument& document)>;
    // Gives the page the document.
    using Open = std::function<void(AssessmentDocument* document)>;

    explicit PageGate(QTabWidget* tabs);

    // A page of `tabs` that reads the answers of `rounds`; `open` gives it the document once
    // they are loaded (they are asked for when the page is shown).
    void addPage(QWidget* page, Rounds rounds, Open open);
    // The document whose pages wait (null: none; the pages are not told, the window takes the
    // document from them). Each page gets it as soon as its rounds are loaded: every page at
    // once for a document read whole.
    void setDocument(AssessmentDocument* document);
    // Whether `page` has been given the document.
    bool isOpen(const QWidget* page) const;
    // The rounds the current page shows may have changed (a round chosen in it): covers it at
    // once, before it paints, when they are not loaded, and asks for them.
    void roundsChanged();
    QWidget* panel() const { return m_panel; }
    // For the window's status bar: visible while answers are being read.
    QProgressBar* statusIndicator() const { return m_indicator; }

signals:
    // `page` has just been given the document.
    void pageOpened(QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Page
    {
        QWidget* widget = nullptr;
        Rounds rounds;
        Open open;
        bool given = false; // has the document
    };
    Page* find(const QWidget* widget);
    void schedule();
    // Gives the pages whose rounds are in the document and covers the current page while its
    // rounds are read; asks for them when `ask` (from the next turn of the event loop on, so that
    // a tab chosen in the same turn as another decides what is read).
    void update(bool ask);
    void cover(Page* page, bool covered);
    void place();

    QTabWidget* m_tabs;
    QStackedWidget* m_area = nullptr;
    std::vector<Page> m_pages;
    QPointer<AssessmentDocument> m_document;
    bool m_scheduled = false;
    QString m_failure; // why the last read failed, until the next try
    QWidget* m_covered = nullptr;
    QWidget* m_panel = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QProgressBar* m_indicator = nullptr;
};

} // namespace lastmile::app
