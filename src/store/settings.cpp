// Settings and the competition's source texts: small named values, each change audited.
#include "store/change_impl.h"
#include "store/payload.h"
#include "store/secrets.h"

namespace plumb {

void Change::set_setting(const std::string& key, const std::string& value) {
    impl_->run("cannot set '" + key + "'", [&] {
        if (key.empty()) throw StoreError("a setting needs a name");
        if (key == "device") throw StoreError("the device id of a database never changes");
        if (is_secret_setting(key)) throw StoreError("a secret is set with set_secret");
        Connection& s = impl_->store;
        std::optional<std::string> old;
        {
            Prepared q(s, "SELECT value FROM settings WHERE key = ?");
            q->bind(1, key);
            if (q->executeStep()) old = q->getColumn(0).getString();
        }
        PayloadWriter w;
        w.add("key", key).add("value", value);
        if (old && *old != value) w.add("old.value", *old);
        w.add("reason", impl_->actor.reason);
        impl_->record("setting", key, w.take());
        Prepared q(s,
                   "INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        q->bind(1, key);
        q->bind(2, value);
        q->exec();
    });
}

void Store::save_sources(const std::map<std::string, std::string>& named_texts,
                         const Actor& actor) {
    Change change = begin(actor);
    for (const auto& named : named_texts) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const std::string& name = named.first;
        const std::string& text = named.second;
        change.impl_->run("cannot save source '" + name + "'", [&] {
            if (name.empty()) throw StoreError("a source text needs a name");
            // The whole text goes into the record, so earlier versions stay in the audit log.
            PayloadWriter w;
            w.add("name", name).add("text", text).add("reason", change.impl_->actor.reason);
            change.impl_->record("source", name, w.take());
            Prepared q(*impl_,
                       "INSERT INTO sources (name, text) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET text = excluded.text");
            q->bind(1, name);
            q->bind(2, text);
            q->exec();
        });
    }
    change.commit();
}

std::map<std::string, std::string> Store::sources() const {
    return guarded_read("cannot read the source texts", [this] {
        std::map<std::string, std::string> out;
        Prepared q(*impl_, "SELECT name, text FROM sources");
        while (q->executeStep()) out[q->getColumn(0).getString()] = q->getColumn(1).getString();
        return out;
    });
}

std::optional<std::string> Store::setting(const std::string& key) const {
    return guarded_read("cannot read setting '" + key + "'", [&]() -> std::optional<std::string> {
        Prepared q(*impl_, "SELECT value FROM settings WHERE key = ?");
        q->bind(1, key);
        if (!q->executeStep()) return std::nullopt;
        return q->getColumn(0).getString();
    });
}

}  // namespace plumb
