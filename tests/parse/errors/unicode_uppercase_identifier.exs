Élan
