// SPDX-License-Identifier: Apache-2.0
#include "page_gate.h"

#include "assessment_document.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lastmile::app {

PageGate::PageGate(QTabWidget* tabs) : QObject(tabs), m_tabs(tabs)
{
    m_panel = new QWidget(tabs);
    m_panel->setObjectName(QStringLiteral("answersLoadingPanel"));
    m_panel->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(m_panel);
    layout->addStretch(1);
    m_message = new QLabel(m_panel);
    m_message->setObjectName(QStringLiteral("answersLoadingLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    m_progress = new QProgressBar(m_panel);
    m_progress->setObjectName(QStringLiteral("answersLoadingProgressBar"));
    m_progress->setMaximumWidth(320);
    m_progress->setFormat(tr("%v of %m rounds"));
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_panel->hide();

    m_indicator = new QProgressBar;
    m_indicator->setObjectName(QStringLiteral("answersLoadingIndicator"));
    m_indicator->setMaximumWidth(220);
    m_indicator->setFormat(tr("Reading answers: %v of %m rounds"));
    m_indicator->hide();

    // The pages' area: the tab widget's stack, whose geometry is set before its resize arrives.
    m_area = tabs->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
    if (m_area) {
        m_area->installEventFilter(this);
    }
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        m_failure.clear(); // another page: try again
        update(false);     // covered before it paints; its rounds asked for in the next turn,
        schedule();        // unless another tab is chosen in this one
    });
}

void PageGate::addPage(QWidget* page, Rounds rounds, Open open)
{
    m_pages.push_back({page, std::move(rounds), std::move(open), false});
}

PageGate::Page* PageGate::find(const QWidget* widget)
{
    const auto found =
        std::find_if(m_pages.begin(), m_pages.end(), [widget](const Page& page) { return page.widget == widget; });
    return found == m_pages.end() ? nullptr : &*found;
}

bool PageGate::isOpen(const QWidget* page) const
{
    return std::any_of(m_pages.begin(), m_pages.end(),
                       [page](const Page& each) { return each.widget == page && each.given; });
}

void PageGate::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    for (Page& page : m_pages) {
        page.given = false;
    }
    m_failure.clear();
    cover(nullptr, false);
    m_indicator->hide();
    if (!document) {
        return;
    }
    connect(document, &AssessmentDocument::loadingChanged, this, &PageGate::schedule);
    connect(document, &AssessmentDocument::roundLoaded, this, &PageGate::schedule);
    connect(document, &AssessmentDocument::changed, this, &PageGate::schedule);
    connect(document, &AssessmentDocument::loadFailed, this, [this](const QString& message) {
        m_failure = message;
        schedule();
    });
    if (document->isFullyLoaded()) {
        update(true);
    } else {
        schedule(); // a tab chosen in the same turn decides what is read first
    }
}

void PageGate::roundsChanged()
{
    m_failure.clear();
    update(false);
    schedule();
}

void PageGate::schedule()
{
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_scheduled = false;
                update(true);
            },
            Qt::QueuedConnection);
    }
}

void PageGate::update(bool ask)
{
    AssessmentDocument* document = m_document;
    Page* page = document ? find(m_tabs->currentWidget()) : nullptr;
    const std::vector<std::int64_t> rounds = page ? page->rounds(*document) : std::vector<std::int64_t>{};
    const bool ready = !page || document->isLoaded(rounds);
    if (!ready && ask && m_failure.isEmpty()) {
        document->need(rounds); // a no-op for rounds already asked for
    }
    m_indicator->setRange(0, document ? int(document->assessment().rounds.size()) : 0);
    m_indicator->setValue(document ? document->loadedRoundCount() : 0);
    m_indicator->setVisible(document && document->isLoading());
    if (document) {
        // Every page whose rounds are in gets the document, shown or not: all of them at once for
        // a file read whole, so that the menus that follow a page (the Workshop menu) work too.
        for (Page& each : m_pages) {
            if (!each.given && document->isLoaded(&each == page ? rounds : each.rounds(*document))) {
                each.given = true;
                each.open(document);
                emit pageOpened(each.widget);
            }
        }
    }
    if (ready) {
        cover(nullptr, false);
        return;
    }
    const int loaded = int(
        std::count_if(rounds.begin(), rounds.end(), [document](std::int64_t id) { return document->isLoaded(id); }));
    m_message->setText(m_failure.isEmpty()
                           ? tr("Reading the answers of %n round(s)…", nullptr, int(rounds.size()) - loaded)
                           : tr("The answers could not be read: %1").arg(m_failure));
    m_progress->setRange(0, int(rounds.size()));
    m_progress->setValue(loaded);
    m_progress->setVisible(m_failure.isEmpty());
    cover(page, true);
}

void PageGate::cover(Page* page, bool covered)
{
    QWidget* widget = covered ? page->widget : nullptr;
    if (m_covered && m_covered != widget) {
        m_covered->setEnabled(true);
    }
    m_covered = widget;
    if (widget) {
        widget->setEnabled(false); // its keys too: it answers nothing it does not show
    }
    m_panel->setVisible(widget != nullptr);
    place();
}

void PageGate::place()
{
    if (m_area && m_panel->isVisible()) {
        m_panel->setGeometry(m_area->geometry());
        m_panel->raise();
    }
}

bool PageGate::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_area && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        place();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lastmile::app
