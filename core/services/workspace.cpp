#include "workspace.h"

#include "customerservice.h"
#include "fieldservice.h"
#include "recordstore.h"
#include "segments/segmentservice.h"
#include "storage/database.h"
#include "tagservice.h"
#include "tasks/taskservice.h"

#include <QDir>
#include <QStandardPaths>

namespace Patron {

Workspace::~Workspace() = default;

QString Workspace::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/patron.sqlite");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const ConnectionSettings &settings)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_database = std::make_unique<Database>(settings);
    Status s = ws->m_database->open();
    if (!s)
        return s.error();
    ws->m_store = std::make_unique<RecordStore>(*ws->m_database);
    ws->m_customers = std::make_unique<CustomerService>(*ws->m_database, *ws->m_store);
    ws->m_tags = std::make_unique<TagService>(*ws->m_database, *ws->m_store);
    ws->m_users = std::make_unique<UserService>(*ws->m_database, *ws->m_store);
    ws->m_fields = std::make_unique<FieldService>(*ws->m_database, *ws->m_store);
    ws->m_segments = std::make_unique<SegmentService>(*ws->m_database, *ws->m_store, *ws->m_customers, *ws->m_tags);
    ws->m_tasks = std::make_unique<TaskService>(*ws->m_store);
    return ws;
}

} // namespace Patron
