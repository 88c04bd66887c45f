deps_config := \
	K2 \
	Kconfig \

include/config/auto.conf: $(deps_config)


$(deps_config): ;
