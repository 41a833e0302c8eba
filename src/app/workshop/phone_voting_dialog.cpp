// SPDX-License-Identifier: Apache-2.0
#include "phone_voting_dialog.h"

#include "app/plain_label.h"
#include "modules/voting_module.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

constexpr auto kAddressKey = "workshop/phoneVotingAddress";
constexpr auto kPortKey = "workshop/phoneVotingPort";
const QString kLoopback = QStringLiteral("127.0.0.1");

} // namespace

PhoneVotingDialog::PhoneVotingDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("phoneVotingDialog"));
    setWindowTitle(tr("Start Phone Voting"));
    auto* layout = new QVBoxLayout(this);
    QLabel* intro = plainLabel(this, QStringLiteral("phoneVotingIntro"));
    intro->setText(tr("The participants open the address shown on the projector on their phones and vote "
                      "there. Their phones must be on the same network as this computer. The connection is "
                      "plain HTTP on the local network: anyone on it with the join code can join."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("phoneVotingAddressCombo"));
    for (const Interface& each : interfaces()) {
        m_address->addItem(each.label, each.address);
    }
    form->addRow(tr("&Network address:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("phoneVotingPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    form->addRow(tr("&Port:"), m_port);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QSettings settings;
    setAddress(settings.value(QLatin1String(kAddressKey)).toString());
    setPort(quint16(settings.value(QLatin1String(kPortKey), 0).toUInt()));
}

std::vector<PhoneVotingDialog::Interface> PhoneVotingDialog::interfaces()
{
    std::vector<Interface> found;
    for (const modules::NetworkAddress& each : modules::roomAddresses()) {
        found.push_back({each.address, tr("%1 (%2)").arg(each.address, each.interfaceName)});
    }
    found.push_back({kLoopback, tr("%1 (this computer only)").arg(kLoopback)});
    return found;
}

QString PhoneVotingDialog::address() const
{
    return m_address->currentData().toString();
}

quint16 PhoneVotingDialog::port() const
{
    return quint16(m_port->value());
}

void PhoneVotingDialog::setAddress(const QString& address)
{
    // A remembered address this computer no longer has falls back to the first network's.
    const int index = address.isEmpty() ? -1 : m_address->findData(address);
    m_address->setCurrentIndex(index >= 0 ? index : 0);
}

void PhoneVotingDialog::setPort(quint16 port)
{
    m_port->setValue(port);
}

void PhoneVotingDialog::remember() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kAddressKey), address());
    settings.setValue(QLatin1String(kPortKey), int(port()));
}

} // namespace lastmile::app
