project = "Cours d'essai"
language = "fr"
extensions = ["myst_parser", "cpt_course"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_title_to_header = True
locale_dirs = ["locale/"]
gettext_compact = False
myst_disable_syntax = ["html_block", "html_inline"]
