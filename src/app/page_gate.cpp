// SPDX-License-Identifier: Apache-2.0
#include "page_gate.h"

#include "assessment_document.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lastmile::app {

PageGate::PageGate(QTabWidget* tabs, QWidget* ungated, std::function<void(AssessmentDocument*)> open)
    : QObject(tabs), m_tabs(tabs), m_ungated(ungated), m_openPages(std::move(open))
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
        schedule();
    });
}

void PageGate::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_open = false;
    m_failure.clear();
    m_panel->hide();
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
        update();
    } else {
        schedule(); // a tab chosen in the same turn decides what is read first
    }
}

void PageGate::schedule()
{
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &PageGate::update, Qt::QueuedConnection);
    }
}

void PageGate::update()
{
    m_scheduled = false;
    AssessmentDocument* document = m_document;
    const bool gated = m_tabs->currentWidget() != m_ungated;
    if (document && !m_open && !document->isFullyLoaded() && gated && m_failure.isEmpty()) {
        document->needAll(); // a no-op for rounds already asked for
    }
    const int rounds = document ? int(document->assessment().rounds.size()) : 0;
    const int loaded = document ? document->loadedRoundCount() : 0;
    m_indicator->setRange(0, rounds);
    m_indicator->setValue(loaded);
    m_indicator->setVisible(document && document->isLoading());
    if (!document || m_open) {
        m_panel->hide();
        return;
    }
    if (document->isFullyLoaded()) {
        m_open = true;
        m_panel->hide();
        m_openPages(document);
        return;
    }
    m_message->setText(m_failure.isEmpty() ? tr("Reading the answers of %n round(s)…", nullptr, rounds)
                                           : tr("The answers could not be read: %1").arg(m_failure));
    m_progress->setRange(0, rounds);
    m_progress->setValue(loaded);
    m_progress->setVisible(m_failure.isEmpty());
    m_panel->setVisible(gated);
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
