// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace lastmile::modules {

// The desktop app's modules (docs/architecture.md, "Modules"): what the first window does not
// need and that needs a library of its own — PDF finishing (libqpdf), the Excel workbook
// (libxlsxwriter), printing (QtPrintSupport), phone voting (QtNetwork, QtWebSockets,
// libqrencode), the team repository (libpqxx) — is a Qt plugin the app loads when it is first
// used, so start-up never loads those libraries. The command line links the same code directly.

// Where the modules are: LASTMILE_MODULES_RELATIVE_DIR from the folder of the running program
// (build/bin/../lib/…/lastmile in the build, /usr/bin/../lib/…/lastmile when installed), unless
// setModuleDirectory chose another.
QString moduleDirectory();
// Looks for modules in `directory` from now on; an empty string goes back to the default. For
// tests (a missing module); modules already loaded stay loaded.
void setModuleDirectory(const QString& directory);

// The module `name` (the file lastmile-NAME.so in moduleDirectory()), loaded on the first call
// and kept for the life of the program, as its instance; thread-safe. Null when the file is
// missing, cannot be loaded (a library it needs is missing), or is not the module `iid` names;
// `error` then says so in the program's language, naming the module's file and the reason, as a
// fragment to follow "FILE: " or go inside another message.
QObject* loadModule(const QString& name, const char* iid, QString* error);

// The same as the interface `Interface` (declared with Q_DECLARE_INTERFACE).
template <class Interface> Interface* load(const QString& name, QString* error)
{
    return qobject_cast<Interface*>(loadModule(name, qobject_interface_iid<Interface*>(), error));
}

} // namespace lastmile::modules
