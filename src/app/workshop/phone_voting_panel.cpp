// SPDX-License-Identifier: Apache-2.0
#include "phone_voting_panel.h"

#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "modules/voting_module.h"
#include "phone_voting.h"
#include "qr_widget.h"
#include "room_controller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <set>

namespace lastmile::app {

namespace {

QLabel* heading(QWidget* parent, const QString& objectName, const QString& text)
{
    QLabel* label = plainLabel(parent, objectName);
    label->setText(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

constexpr int kKeyRole = Qt::UserRole;

} // namespace

PhoneVotingPanel::PhoneVotingPanel(PhoneVoting& voting, RoomController& controller, QWidget* parent)
    : QWidget(parent), m_voting(voting), m_controller(controller)
{
    setObjectName(QStringLiteral("phoneVotingPanel"));
    auto* layout = new QVBoxLayout(this);
    m_qr = new QrWidget(this);
    m_qr->setSide(180);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    m_address = plainLabel(this, QStringLiteral("phoneVotingAddressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_address);
    m_code = plainLabel(this, QStringLiteral("phoneVotingCodeLabel"), false);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignHCenter);
    QFont large = m_code->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_code->setFont(large);
    layout->addWidget(m_code);
    m_addressLost = plainLabel(this, QStringLiteral("phoneVotingAddressLostLabel"));
    m_addressLost->setStyleSheet(QStringLiteral("QLabel { background: #7F1D3F; color: white; padding: 0.4em; }"));
    m_addressLost->hide();
    layout->addWidget(m_addressLost);
    m_problem = plainLabel(this, QStringLiteral("phoneVotingProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #7F1D3F; color: white; padding: 0.4em; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(heading(this, QStringLiteral("phoneVotingWaitingTitle"), tr("Waiting to be admitted")));
    m_waiting = new QListWidget(this);
    m_waiting->setObjectName(QStringLiteral("phoneVotingWaitingList"));
    m_waiting->setMaximumHeight(m_waiting->fontMetrics().height() * 6);
    layout->addWidget(m_waiting);
    m_admitAs = new QComboBox(this);
    m_admitAs->setObjectName(QStringLiteral("phoneVotingAdmitAsCombo"));
    m_admitAs->setToolTip(tr("Whose answers the phone gives: a new respondent of the round under the typed "
                             "name, or a respondent already in the round"));
    m_admitAs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_admitAs->setMinimumContentsLength(20);
    layout->addWidget(m_admitAs);
    auto* admitRow = new QHBoxLayout;
    admitRow->addStretch(1);
    m_admit = new QPushButton(tr("Admit"), this);
    m_admit->setObjectName(QStringLiteral("phoneVotingAdmitButton"));
    m_refuse = new QPushButton(tr("Refuse"), this);
    m_refuse->setObjectName(QStringLiteral("phoneVotingRefuseButton"));
    admitRow->addWidget(m_admit);
    admitRow->addWidget(m_refuse);
    layout->addLayout(admitRow);

    m_joinedTitle = heading(this, QStringLiteral("phoneVotingJoinedTitle"), tr("Joined"));
    layout->addWidget(m_joinedTitle);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("phoneVotingMembersList"));
    layout->addWidget(m_members, 1);
    m_release = new QPushButton(tr("Free the Name"), this);
    m_release->setObjectName(QStringLiteral("phoneVotingReleaseButton"));
    m_release->setToolTip(tr("Disconnects the phone answering under this name, so that the person can join again "
                             "from another phone"));
    layout->addWidget(m_release, 0, Qt::AlignLeft);

    auto* stop = new QPushButton(tr("Stop Phone Voting"), this);
    stop->setObjectName(QStringLiteral("phoneVotingStopButton"));
    layout->addWidget(stop);

    connect(m_admit, &QPushButton::clicked, this, &PhoneVotingPanel::admit);
    connect(m_refuse, &QPushButton::clicked, this, &PhoneVotingPanel::refuse);
    connect(m_release, &QPushButton::clicked, this, &PhoneVotingPanel::release);
    connect(stop, &QPushButton::clicked, this, &PhoneVotingPanel::stopRequested);
    connect(m_waiting, &QListWidget::currentRowChanged, this, &PhoneVotingPanel::refreshAdmitAs);
    connect(m_members, &QListWidget::currentRowChanged, this, &PhoneVotingPanel::updateButtons);
    connect(&m_voting, &PhoneVoting::rosterChanged, this, &PhoneVotingPanel::refresh);
    connect(&m_voting, &PhoneVoting::runningChanged, this, [this](bool running) {
        if (running) {
            m_problem->hide();
        }
        refresh();
    });
    connect(&m_voting, &PhoneVoting::addressAvailableChanged, this, &PhoneVotingPanel::refresh);
    connect(&m_voting, &PhoneVoting::problem, this, &PhoneVotingPanel::showProblem);
    connect(&m_controller, &RoomController::changed, this, &PhoneVotingPanel::refreshAdmitAs);
    refresh();
}

void PhoneVotingPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void PhoneVotingPanel::refresh()
{
    m_qr->setText(m_voting.joinUrl().toString(QUrl::FullyEncoded).toUtf8());
    m_address->setText(m_voting.isRunning() ? m_voting.address() : tr("Phone voting is not running."));
    m_code->setText(m_voting.isRunning() ? tr("Code %1").arg(m_voting.code()) : QString());
    m_addressLost->setVisible(m_voting.isRunning() && !m_voting.addressAvailable());
    m_addressLost->setText(tr("This computer no longer has the address %1: the phones cannot reach it. Check the "
                              "network, or stop and start phone voting on another address.")
                               .arg(m_voting.server() ? m_voting.server()->address() : QString()));

    const QString selectedKey =
        m_waiting->currentItem() ? m_waiting->currentItem()->data(kKeyRole).toString() : QString();
    m_waiting->clear();
    m_members->clear();
    if (modules::PhoneVotingServer* server = m_voting.server()) {
        for (const session::WaitingPhone& phone : server->waiting()) {
            auto* item = new QListWidgetItem(phone.name, m_waiting);
            item->setData(kKeyRole, phone.key);
            if (phone.key == selectedKey) {
                m_waiting->setCurrentItem(item);
            }
        }
        if (!m_waiting->currentItem() && m_waiting->count() > 0) {
            m_waiting->setCurrentRow(0);
        }
        int connected = 0;
        for (const session::PhoneMember& member : server->members()) {
            auto* item = new QListWidgetItem(member.connected ? tr("%1 · connected").arg(member.name)
                                                              : tr("%1 · not connected").arg(member.name),
                                             m_members);
            item->setData(kKeyRole, qlonglong(member.respondentId));
            connected += member.connected ? 1 : 0;
        }
        m_joinedTitle->setText(tr("Joined: %1 (%2 connected)").arg(m_members->count()).arg(connected));
    } else {
        m_joinedTitle->setText(tr("Joined"));
    }
    refreshAdmitAs();
}

void PhoneVotingPanel::refreshAdmitAs()
{
    const QString typed = m_waiting->currentItem() ? m_waiting->currentItem()->text() : QString();
    const qlonglong chosen = m_admitAs->currentData().toLongLong();
    m_admitAs->clear();
    m_admitAs->addItem(typed.isEmpty() ? tr("As a new respondent") : tr("As a new respondent “%1”").arg(typed),
                       qlonglong(0));
    const AssessmentDocument* document = m_controller.document();
    const RoundData* round = document ? document->round(m_controller.roundId()) : nullptr;
    modules::PhoneVotingServer* server = m_voting.server();
    if (round && server) {
        std::set<std::int64_t> withPhone;
        for (const session::PhoneMember& member : server->members()) {
            withPhone.insert(member.respondentId);
        }
        for (const Respondent& respondent : round->respondents) {
            if (!withPhone.count(respondent.id)) {
                m_admitAs->addItem(tr("As %1").arg(QString::fromStdString(respondent.name)), qlonglong(respondent.id));
            }
        }
    }
    const int index = m_admitAs->findData(chosen);
    m_admitAs->setCurrentIndex(index >= 0 ? index : 0);
    updateButtons();
}

void PhoneVotingPanel::updateButtons()
{
    const bool running = m_voting.server() != nullptr;
    m_admit->setEnabled(running && m_waiting->currentItem());
    m_refuse->setEnabled(running && m_waiting->currentItem());
    m_admitAs->setEnabled(running && m_waiting->currentItem());
    m_release->setEnabled(running && m_members->currentItem());
}

void PhoneVotingPanel::admit()
{
    modules::PhoneVotingServer* server = m_voting.server();
    if (!server || !m_waiting->currentItem()) {
        return;
    }
    const QString why =
        server->admit(m_waiting->currentItem()->data(kKeyRole).toString(), m_admitAs->currentData().toLongLong());
    if (!why.isEmpty()) {
        showProblem(tr("Could not admit “%1”: %2").arg(m_waiting->currentItem()->text(), why));
    }
    refresh();
}

void PhoneVotingPanel::refuse()
{
    if (modules::PhoneVotingServer* server = m_voting.server(); server && m_waiting->currentItem()) {
        server->refuse(m_waiting->currentItem()->data(kKeyRole).toString());
        refresh();
    }
}

void PhoneVotingPanel::release()
{
    if (modules::PhoneVotingServer* server = m_voting.server(); server && m_members->currentItem()) {
        server->release(m_members->currentItem()->data(kKeyRole).toLongLong());
        refresh();
    }
}

} // namespace lastmile::app
