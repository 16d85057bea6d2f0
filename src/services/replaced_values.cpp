// The replaced-value notes of a packet import.
#include "services/replaced_values.h"

#include "core/translate.h"

namespace plumb {

int Cells::device(const std::string& id) {
    for (std::size_t i = 0; i < devices.size(); ++i)
        if (devices[i] == id) return static_cast<int>(i);
    devices.push_back(id);
    return static_cast<int>(devices.size() - 1);
}

std::unordered_map<std::uint64_t, Cells::Value>& Cells::event(const Store& store,
                                                              const std::string& code) {
    auto it = of_event.find(code);
    if (it != of_event.end()) return it->second;
    auto& cells = of_event[code];
    store.scan_marks(code, [&](const MarkEntry& m) {
        cells[key(m.judge, m.registration_no, m.aspect)] = {m.value, device(m.device)};
    });
    if (device_names.empty()) {
        for (const Device& d : store.devices()) device_names[d.id] = d.name;
        device_names[store.device_id()] = tr("the master");
    }
    return cells;
}

void note_replaced(const Cells& known, std::unordered_map<std::uint64_t, Cells::Value>& cells,
                   int from, const std::string& laptop, const PacketEntry& e,
                   std::vector<std::string>& replaced) {
    Cells::Value& cell = cells[Cells::key(e.judge, e.registration_no, e.aspect)];
    if (cell.device >= 0 && cell.device != from && cell.value != e.value) {
        const std::string& id = known.devices[static_cast<std::size_t>(cell.device)];
        const auto name = known.device_names.find(id);
        const std::string was_on = name == known.device_names.end() ? id : name->second;
        // A laptop's reason is for its own earlier value: it never saw the one it replaced.
        replaced.push_back(
            e.reason.empty()
                ? format(tr("%s's %s at workstation %s was %s, entered on %s; %s's %s replaced "
                            "it without a reason"),
                         {e.judge, e.aspect, e.workstation, cell.value, was_on, laptop, e.value})
                : format(tr("%s's %s at workstation %s was %s, entered on %s; %s's %s replaced "
                            "it, with the laptop's reason \"%s\""),
                         {e.judge, e.aspect, e.workstation, cell.value, was_on, laptop, e.value,
                          e.reason}));
    }
    // The same value typed again keeps where it came from: a later change is still noted.
    if (cell.device < 0 || cell.value != e.value) cell.device = from;
    cell.value = e.value;
}

}  // namespace plumb
