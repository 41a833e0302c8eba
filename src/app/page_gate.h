// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace lastmile::app {

class AssessmentDocument;

// Keeps an open document from the pages that read the answers of every round (every tab but
// one that asks for its own rounds, the heatmap) until the document has them all, and asks for
// them only once such a page is shown. Meanwhile a panel over that page says that the answers
// are being read, with a progress bar; the menus, the other tab and closing the file stay live.
// A status-bar indicator shows every read of answers, whichever page asked.
class PageGate : public QObject
{
    Q_OBJECT

public:
    // `open` gives the gated pages the document once its answers are loaded.
    PageGate(QTabWidget* tabs, QWidget* ungated, std::function<void(AssessmentDocument*)> open);

    // The document whose pages wait (null: none). A document with every answer loaded goes to
    // the pages at once; otherwise from the next turn of the event loop on, as the answers arrive.
    void setDocument(AssessmentDocument* document);
    // Whether the gated pages have the document.
    bool isOpen() const { return m_open; }
    QWidget* panel() const { return m_panel; }
    // For the window's status bar: visible while answers are being read.
    QProgressBar* statusIndicator() const { return m_indicator; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    void update();
    void place();

    QTabWidget* m_tabs;
    QStackedWidget* m_area = nullptr;
    QWidget* m_ungated;
    std::function<void(AssessmentDocument*)> m_openPages;
    QPointer<AssessmentDocument> m_document;
    bool m_open = false;
    bool m_scheduled = false;
    QString m_failure; // why the last read failed, until the next try
    QWidget* m_panel = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QProgressBar* m_indicator = nullptr;
};

} // namespace lastmile::app
