// Loading the transliterators' module beside the executable (translit_entry_points.hpp).
#include <string>

#include "placeline/base/module_load.hpp"
#include "translit_entry_points.hpp"

namespace placeline {

const TranslitEntryPoints& translit_module() {
    static const TranslitEntryPoints& table = [] () -> const TranslitEntryPoints& {
        std::string path;
        auto entry = reinterpret_cast<TranslitEntryPointsFn>(
            module_entry(PLACELINE_TRANSLIT_MODULE, translit_entry_points_symbol, path));
        const TranslitEntryPoints* t = entry();
        if (!t || t->size != sizeof(TranslitEntryPoints))
            cannot_load_module(path, "it was built from other sources than this program (rebuild both)");
        return *t;
    }();
    return table;
}

}  // namespace placeline
