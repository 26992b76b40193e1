#pragma once
// The other English form of a water body's name: articles write one sea, gulf or lake either way.
#include <string>
#include <string_view>

namespace placeline {

// "Sea of Azov" <-> "Azov Sea", "Gulf of Mexico" <-> "Mexico Gulf", "Lake Baikal" <-> "Baikal
// Lake"; empty for a name of no such form ("Black Sea" is "Sea of Black", which no text writes
// and so no text matches: harmless). Used for places of kind water only, where both forms name
// the same place; a town's "Lake X" is another thing than an "X Lake".
std::string other_water_form(std::string_view name);

}  // namespace placeline
