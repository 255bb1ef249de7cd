// StakeholderReport
