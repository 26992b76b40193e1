// Loading the transliterators' module beside the executable (translit_entry_points.hpp).
#include "placeline/base/module_load.hpp"
#include "translit_entry_points.hpp"

namespace placeline {

const TranslitEntryPoints& translit_module() {
    static const TranslitEntryPoints& table =
        module_table<TranslitEntryPoints>(PLACELINE_TRANSLIT_MODULE, translit_entry_points_symbol);
    return table;
}

}  // namespace placeline
