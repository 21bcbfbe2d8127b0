:Ωmega
