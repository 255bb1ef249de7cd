-- The last minor version of a major that RDS still creates once the major has left standard
-- support: RDS Extended Support runs (and new databases get) "the last minor version released
-- before the RDS end of standard support date" (Amazon RDS user guide, Using Amazon RDS
-- Extended Support). A create with another minor of that major is refused with
-- "InvalidParameterCombination: Cannot find version X for mysql". NULL when not known.
ALTER TABLE version_support ADD COLUMN last_minor TEXT;
