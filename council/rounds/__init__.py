"""The municipal round: every class's top proposals to one pool, theme groups that consolidate them with the
pupils' representatives, one list to the politicians, and every answer back to every class."""
