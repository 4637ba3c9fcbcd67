/**
 * The campaign view of a batch: {@link io.invitecheck.campaign.CampaignSummary} collects a batch's
 * drafts and reports as they stream, finds mail-merge templates by near-duplicate clustering
 * (MinHash over masked notes), recipients invited twice, resends, budget and limit overruns, and
 * renders the result as text, JSON or a self-contained HTML page. Everything but {@code
 * CampaignSummary} and its nested records is internal to the package.
 */
package io.invitecheck.campaign;
