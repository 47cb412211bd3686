#pragma once

#include "util/result.h"

class QWidget;

namespace Patron {

class Workspace;

/// Fills an empty database with demo data (DemoGenerator) on a worker thread while a
/// progress dialog with Cancel is shown. Returns when done; a cancelled run returns an
/// Error::Invalid with an empty message and leaves the database as it was.
Status loadDemoData(Workspace &workspace, qint64 customers, QWidget *parent);

} // namespace Patron
