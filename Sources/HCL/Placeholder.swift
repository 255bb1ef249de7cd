// HCL
