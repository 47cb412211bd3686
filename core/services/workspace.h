#pragma once

#include "storage/connectionsettings.h"
#include "util/result.h"

#include <QObject>

#include <memory>

namespace Patron {

class Database;
class RecordStore;
class CustomerService;
class TagService;
class UserService;
class FieldService;
class SegmentService;
class TaskService;

/// The composition root of core: one open database and the services over it. The GUI
/// and the command line each create one and share the same code paths.
class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Opens (creating and migrating if needed) the database.
    static Result<std::unique_ptr<Workspace>> open(const ConnectionSettings &settings);
    /// The default SQLite file in the user's data folder.
    static QString defaultDatabasePath();

    Database &database() const { return *m_database; }
    RecordStore &store() const { return *m_store; }
    CustomerService &customers() const { return *m_customers; }
    TagService &tags() const { return *m_tags; }
    UserService &users() const { return *m_users; }
    FieldService &fields() const { return *m_fields; }
    SegmentService &segments() const { return *m_segments; }
    TaskService &tasks() const { return *m_tasks; }

private:
    Workspace() = default;

    // Declared first so it is destroyed last: every service below refers to it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<TagService> m_tags;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<FieldService> m_fields;
    std::unique_ptr<SegmentService> m_segments;
    std::unique_ptr<TaskService> m_tasks;
};

} // namespace Patron
