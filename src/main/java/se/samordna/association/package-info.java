/**
 * Associations (samordningsförbund) are the tenants. A system administrator creates them; every other
 * module's data carries an association id. Also the start page of an association and its people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Associations")
package se.samordna.association;
