#ifndef TEST_BINDINGS_H
#define TEST_BINDINGS_H

#define IRQ_TYPE_LEVEL_HIGH	4
#define GIC_SPI			0

#endif
