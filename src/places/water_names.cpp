// The two English forms of a water body's name (see water_names.hpp).
#include "placeline/places/water_names.hpp"

namespace placeline {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

std::string other_water_form(std::string_view name) {
    // {leading form, trailing form}: "Sea of " + X is X + " Sea".
    static constexpr std::string_view forms[][2] = {{"Sea of ", " Sea"}, {"Gulf of ", " Gulf"}, {"Lake ", " Lake"}};
    for (const auto& f : forms) {
        if (name.size() > f[0].size() && starts_with(name, f[0]))
            return std::string(name.substr(f[0].size())).append(f[1]);
        if (name.size() > f[1].size() && ends_with(name, f[1]))
            return std::string(f[0]).append(name.substr(0, name.size() - f[1].size()));
    }
    return {};
}

}  // namespace placeline
