"""The editor pages shown on the right of the outline: action, text (préambule,
conclusion) and cover/organisation."""
